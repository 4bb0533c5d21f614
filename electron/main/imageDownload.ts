import { BlockList, isIP } from 'node:net';
import { lookup } from 'node:dns/promises';
import { downloadImage, type DownloadResult } from '../../shared/images/downloadImage.ts';

/** Addresses of this computer and of private networks: a document's image link must not reach them. */
const PRIVATE = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
  ['224.0.0.0', 3],
] as const)
  PRIVATE.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 127],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  PRIVATE.addSubnet(net, prefix, 'ipv6');

/** Whether every address `hostname` names is on the public internet (a name is looked up first). */
export async function isPublicHost(hostname: string): Promise<boolean> {
  const host = hostname.replace(/^\[|\]$/g, '');
  if (/^localhost$|\.localhost$/i.test(host)) return false;
  try {
    const addresses = isIP(host) ? [{ address: host, family: isIP(host) }] : await lookup(host, { all: true });
    // An IPv4 address written as IPv6 (::ffff:127.0.0.1) is checked as the IPv4 address it is.
    const blocked = ({ address, family }: { address: string; family: number }) => {
      const hex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(address);
      const mapped = hex
        ? [
            parseInt(hex[1]!, 16) >> 8,
            parseInt(hex[1]!, 16) & 255,
            parseInt(hex[2]!, 16) >> 8,
            parseInt(hex[2]!, 16) & 255,
          ].join('.')
        : /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
      return mapped ? PRIVATE.check(mapped, 'ipv4') : PRIVATE.check(address, family === 6 ? 'ipv6' : 'ipv4');
    };
    return addresses.length > 0 && !addresses.some(blocked);
  } catch {
    return false;
  }
}

/**
 * The desktop's download of a web image the member chose to embed: the main process has no CORS to
 * keep a document's link away from the member's own computer and network (a router's page, a local
 * service), so those addresses are refused, on every redirect too. A name could still be made to
 * resolve differently between the check and the request (DNS rebinding); what comes back must then
 * pass as an image before anything is kept.
 */
export function downloadWebImage(url: string, maxBytes: number): Promise<DownloadResult> {
  return downloadImage(url, maxBytes, isPublicHost);
}
