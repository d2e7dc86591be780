# The three app images from one file: one dependency stage and one build stage, then a target per
# app on a shared runtime stage. Build from the repository root:
#   docker build --target rpc-gateway    -t hbase-compat/rpc-gateway .
#   docker build --target health-sidecar -t hbase-compat/health-sidecar .
#   docker build --target admin-api      -t hbase-compat/admin-api .
# (docker-compose.yml names these targets.) Where no registry is reachable, the same file builds on
# base images made from Debian packages (tools/compose/bases.sh): --build-arg
# NODE_BUILD_IMAGE=hbase-compat/base-node-build:trixie --build-arg NODE_IMAGE=hbase-compat/base-node:trixie
# (tools/compose/check.sh does this).
ARG NODE_BUILD_IMAGE=node:20-bookworm
ARG NODE_IMAGE=node:20-bookworm-slim

# npm ci once, rebuilt only when the lock file changes: the build stage builds on it, and the deps stage
# prunes a copy of it to the production dependencies, all of node_modules the images ship (the
# webpack bundles keep packages external, native lmdb among them).
FROM ${NODE_BUILD_IMAGE} AS modules
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts=false --no-audit --no-fund

FROM modules AS deps
RUN npm prune --omit=dev --no-audit --no-fund

# Builds the three apps at once; every target copies its bundle from here. The bundles compile the
# workspace libraries from source (NxAppWebpackPlugin, tools/webpack/node-app.cjs), so the libraries'
# own builds (the ^build dependencies) would be thrown away: skipped.
FROM modules AS build
COPY . .
RUN NX_DAEMON=false NX_NO_CLOUD=true npx nx run-many -t build --projects=rpc-gateway,health-sidecar,admin-api --excludeTaskDependencies --outputStyle=static

# What the three images share, so they also share its layers on disk: the slim Node.js base and the
# production node_modules.
FROM ${NODE_IMAGE} AS runtime
WORKDIR /app
ENV NODE_ENV=production
# jemalloc for the gateway (see its stage): the Debian-package bases include libjemalloc2, the
# node:slim images get it here; one fixed path for LD_PRELOAD whatever the architecture.
RUN if ! ls /usr/lib/*-linux-gnu/libjemalloc.so.2 >/dev/null 2>&1; then \
      apt-get update && apt-get install -y --no-install-recommends libjemalloc2 && rm -rf /var/lib/apt/lists/*; \
    fi && ln -sf "$(ls /usr/lib/*-linux-gnu/libjemalloc.so.2 | head -n 1)" /usr/local/lib/libjemalloc.so.2
COPY --from=deps /src/node_modules ./node_modules

# rpc-gateway: one container per node.
FROM runtime AS rpc-gateway
COPY --from=build /src/dist/apps/rpc-gateway ./
RUN mkdir -p /data && chown node:node /data
USER node
EXPOSE 16020
EXPOSE 16050
VOLUME /data
ENV HBASE_COMPAT_DATA_DIR=/data HBASE_REGIONSERVER_IPC_ADDRESS=0.0.0.0
# Node's buffers come from malloc. Under glibc, the memory of thousands of short-lived connections
# stayed mapped after they closed, held by a few live allocations between the freed ones
# (tools/abuse/run.sh: 124 MB anonymous RSS 75 s after the abuse against 74 MB before it); jemalloc
# gives it back (72 MB against 81 MB). The glibc tunable is the fallback if the preload is removed:
# responses of 64 KB and more then get their own mappings, which free() gives back at once.
ENV LD_PRELOAD=/usr/local/lib/libjemalloc.so.2 GLIBC_TUNABLES=glibc.malloc.mmap_threshold=65536
# Health as the node's health sidecar judges it (its /health asks this gateway's NodeAdmin service).
# The sidecar shares the pod's loopback on Kubernetes; compose points HEALTHCHECK_URL at sidecar-N.
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch(process.env.HEALTHCHECK_URL || 'http://127.0.0.1:16030/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
ENTRYPOINT ["node", "main.js"]

# health-sidecar: one container per node.
FROM runtime AS health-sidecar
COPY --from=build /src/dist/apps/health-sidecar ./
USER node
EXPOSE 16030
# The sidecar's own readiness: this node's gateway serving, RPC port open, ZooKeeper session live,
# store reachable (the Kubernetes readinessProbe's path).
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.HBASE_COMPAT_SIDECAR_PORT || 16030) + '/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
ENTRYPOINT ["node", "main.js"]

# admin-api: one per cluster. State-changing calls (drain) need hbase.compat.admin.token
# (HBASE_COMPAT_ADMIN_TOKEN) or .token.file; without one they are refused with 403.
FROM runtime AS admin-api
COPY --from=build /src/dist/apps/admin-api ./
# The same binary is the command line: docker exec <container> hbase-compat-admin list-servers
RUN printf '#!/bin/sh\nexport HBASE_COMPAT_ADMIN_URL="${HBASE_COMPAT_ADMIN_URL:-http://127.0.0.1:18080}"\nexec node /app/main.js "$@"\n' >/usr/local/bin/hbase-compat-admin \
 && chmod +x /usr/local/bin/hbase-compat-admin
USER node
EXPOSE 18080
# The servers the admin API sees, which it learns from ZooKeeper and the nodes' NodeAdmin services.
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.HBASE_COMPAT_ADMIN_PORT || 18080) + '/api/servers').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
ENTRYPOINT ["node", "main.js"]
