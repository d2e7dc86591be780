export { AccessControl, type AuthorizationSettings } from './access-control';
export { guardMasterService } from './acl-master';
export { ACL_TABLE } from './acl-storage';
