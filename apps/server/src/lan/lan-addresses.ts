import type { NetworkInterfaceInfo } from "node:os";

/** RFC 1918 private ranges: what a home or clinic router hands out. */
function isPrivateIpv4(address: string): boolean {
  const [a = 0, b = 0] = address.split(".").map(Number);
  return a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
}

/**
 * The machine's IPv4 addresses a phone on the same network can reach, private ranges first; loopback and
 * link-local (169.254/16, no router) addresses are left out. Pass `os.networkInterfaces()`.
 */
export function lanAddresses(interfaces: NodeJS.Dict<readonly NetworkInterfaceInfo[]>): readonly string[] {
  const found = Object.values(interfaces)
    .flatMap((list) => list ?? [])
    .filter((info) => info.family === "IPv4" && !info.internal && !info.address.startsWith("169.254."))
    .map((info) => info.address);
  const unique = [...new Set(found)];
  return [...unique.filter(isPrivateIpv4), ...unique.filter((address) => !isPrivateIpv4(address))];
}
