import { FlussError, FlussErrorCode, type FlussErrorKind, isFlussError, responseError } from './errors';

describe('the Fluss error table', () => {
  it('gives every kind its own wire code, and errors built either way agree', () => {
    const codes = Object.values(FlussErrorCode);
    expect(new Set(codes).size).toBe(codes.length);
    for (const [kind, code] of Object.entries(FlussErrorCode) as [FlussErrorKind, number][]) {
      const byCode = new FlussError(code, 'x');
      const byKind = FlussError.create(kind, 'x');
      expect(byCode.kind).toBe(kind);
      expect({ code: byKind.code, name: byKind.errorName, retriable: byKind.retriable, refresh: byKind.refreshMetadata }).toEqual({
        code,
        name: byCode.errorName,
        retriable: byCode.retriable,
        refresh: byCode.refreshMetadata,
      });
    }
  });

  it('follows Fluss on what can be retried and what needs fresh metadata', () => {
    expect(FlussError.create('NotLeaderOrFollower', '')).toMatchObject({
      code: 12,
      errorName: 'NOT_LEADER_OR_FOLLOWER',
      retriable: true,
      refreshMetadata: true,
    });
    expect(FlussError.create('KvStorageException', '')).toMatchObject({ retriable: true, refreshMetadata: false });
    expect(FlussError.create('TableNotExist', '')).toMatchObject({ code: 7, retriable: false });
    expect(new FlussError(9999, 'later Fluss')).toMatchObject({ kind: undefined, errorName: 'ERROR_9999', retriable: false, refreshMetadata: false });
  });

  it('reads the error of a response part, treating an absent code and NONE as success', () => {
    expect(responseError({})).toBeUndefined();
    expect(responseError(Object.assign(Object.create({ errorCode: 0 }), {}))).toBeUndefined(); // a protobufjs default
    expect(responseError({ errorCode: FlussErrorCode.None })).toBeUndefined();
    const e = responseError({ errorCode: FlussErrorCode.UnknownTableOrBucket, errorMessage: 'gone' });
    expect(isFlussError(e, 'TableNotExist', 'UnknownTableOrBucket')).toBe(true);
    expect(isFlussError(e, 'TableNotExist')).toBe(false);
    expect(isFlussError(new Error('x'), 'TableNotExist')).toBe(false);
    expect(e?.message).toBe('UNKNOWN_TABLE_OR_BUCKET_EXCEPTION (21): gone');
  });
});
