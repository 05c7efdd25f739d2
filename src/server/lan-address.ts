// The machine's address on the local network, for the join link phones
// open: the first IPv4 address that is not the loopback.
import { networkInterfaces } from 'node:os';

export function lanAddress(): string | null {
  for (const addresses of Object.values(networkInterfaces())) {
    for (const address of addresses ?? []) if (address.family === 'IPv4' && !address.internal) return address.address;
  }
  return null;
}
