import type { ServiceDefinition } from '../rpc/service-registry';
import { type ClientServiceDeps, clientEnv } from './client/env';
import { getMethod } from './client/get';
import { multiMethod } from './client/multi';
import { mutateMethod } from './client/mutate';
import { scanMethod } from './client/scan';

export type { ClientServiceDeps } from './client/env';

/** ClientService: Get, Mutate, Multi, Scan on table regions and on hbase:meta (one file per RPC under client/). */
export function createClientService(deps: ClientServiceDeps): ServiceDefinition {
  const env = clientEnv(deps);
  return {
    name: 'ClientService',
    methods: {
      Get: getMethod(env),
      Mutate: mutateMethod(env),
      Multi: multiMethod(env),
      Scan: scanMethod(env),
    },
  };
}
