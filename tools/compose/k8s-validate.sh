#!/usr/bin/env bash
# Validates deploy/k8s/*.yaml against the Kubernetes API schemas, strictly (unknown fields are
# errors), with two validators: kubeconform and kubernetes-validate (tools/deps/k8s-validators.sh
# installs both under .cache/tools). kubeconform's default schema source is GitHub, not reachable in
# CI: it reads the schemas the kubernetes-validate package ships instead, with their
# "/api/_definitions.json" references pointed at that file (copies under .cache/tools/k8s-schemas).
# A self-test first: a copy of the manifests with one unknown container field must be refused.
#   tools/compose/k8s-validate.sh [--kubernetes-version 1.30.0]
# The last line says what was validated; exit 0 when both validators accept every document.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
LOG_TAG=k8s-validate; . "$ROOT/tools/lib/common.sh"
version=1.30.0
[[ ${1:-} == --kubernetes-version ]] && version=$2
bin=$(bash "$ROOT/tools/deps/k8s-validators.sh")
venv=$ROOT/.cache/tools/k8s-venv
shipped=$("$venv/bin/python" -c 'import kubernetes_validate, os; print(os.path.join(os.path.dirname(kubernetes_validate.__file__), "kubernetes-json-schema"))')/v$version-local-strict
[[ -d $shipped ]] || die "no schemas for Kubernetes $version in $shipped"
schemas=$ROOT/.cache/tools/k8s-schemas/v$version-local-strict
if [[ ! -f $schemas/.complete ]]; then
  rm -rf "$schemas"; mkdir -p "$schemas"
  for f in "$shipped"/*.json; do
    sed "s#\"/api/_definitions.json#\"file://$shipped/_definitions.json#g" "$f" >"$schemas/${f##*/}"
  done
  touch "$schemas/.complete"
fi
kubeconform() {
  "$bin/kubeconform" -strict -summary -kubernetes-version "$version" \
    -schema-location "$ROOT/.cache/tools/k8s-schemas/{{ .NormalizedKubernetesVersion }}-local{{ .StrictSuffix }}/{{ .ResourceKind }}{{ .KindSuffix }}.json" "$@"
}
files=("$ROOT"/deploy/k8s/*.yaml)

bad=$(mktemp --suffix=.yaml); trap 'rm -f "$bad"' EXIT
sed '0,/^        - name: /s//        - notAField: 1\n          name: /' "${files[0]}" >"$bad"
if kubeconform "$bad" >/dev/null 2>&1; then die "self-test: kubeconform accepted an unknown container field"; fi
if "$venv/bin/kubernetes-validate" --strict --kubernetes-version "$version" "$bad" >/dev/null 2>&1; then
  die "self-test: kubernetes-validate accepted an unknown container field"
fi

kubeconform "${files[@]}"
"$venv/bin/kubernetes-validate" --strict --kubernetes-version "$version" "${files[@]}"
docs=$(cat "${files[@]}" | grep -c '^kind:')
echo "kubeconform and kubernetes-validate (strict, Kubernetes $version): ${#files[@]} file(s), $docs documents valid; an unknown field is refused"
