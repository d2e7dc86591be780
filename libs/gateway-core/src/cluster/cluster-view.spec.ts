import { ClusterView } from './cluster-view';

const node = (port: number) => ({ host: '127.0.0.1', port, startCode: port });
const tick = () => new Promise((r) => setImmediate(r));

describe('ClusterView ownership hand-off', () => {
  it('waits for owner-only work begun before a membership change, not for work begun after', async () => {
    const view = new ClusterView(node(1), 'c');
    let finishOld!: () => void;
    const old = view.runAsOwner(() => new Promise<string>((r) => (finishOld = () => r('old'))));
    view.setMembership([node(1), node(2)], node(1));
    let finishNew!: () => void;
    const fresh = view.runAsOwner(() => new Promise<string>((r) => (finishNew = () => r('new'))));
    let drained = false;
    const drain = view.finishEarlierOwnedWork().then(() => (drained = true));
    await tick();
    expect(drained).toBe(false);
    finishOld();
    await drain;
    expect(drained).toBe(true);
    expect(await old).toBe('old');
    finishNew();
    expect(await fresh).toBe('new');
  });

  it('counts failed work as finished, and answers at once when nothing is in flight', async () => {
    const view = new ClusterView(node(1), 'c');
    await expect(view.runAsOwner(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    view.setMembership([node(1)], node(1));
    await expect(view.finishEarlierOwnedWork()).resolves.toBeUndefined();
  });

  it('fences ownership through the guard it is given', () => {
    const view = new ClusterView(node(1), 'c');
    expect(view.mayActAsOwner()).toBe(true);
    let holds = false;
    view.fenceOwnershipWith(() => holds);
    expect(view.mayActAsOwner()).toBe(false);
    holds = true;
    expect(view.mayActAsOwner()).toBe(true);
  });
});

describe('ClusterView leaving the cluster', () => {
  it('refuses new owner-only work at once and resolves when the work in flight is done', async () => {
    const view = new ClusterView(node(1), 'c');
    let finish!: () => void;
    const running = view.runAsOwner(() => new Promise<void>((r) => (finish = r)));
    let left = false;
    const leaving = view.relinquishOwnership().then(() => (left = true));
    expect(view.mayActAsOwner()).toBe(false);
    await tick();
    expect(left).toBe(false);
    finish();
    await running;
    await leaving;
    expect(left).toBe(true);
  });
});
