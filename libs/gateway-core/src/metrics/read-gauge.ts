import { Gauge, type Registry } from 'prom-client';

/** A gauge without labels whose value is read from the gateway's state at every scrape. */
export function readGauge(registers: Registry[], name: string, help: string, read: () => number): Gauge {
  return new Gauge({
    name,
    help,
    registers,
    collect() {
      this.set(read());
    },
  });
}
