// The paths a pack may hold: plain relative paths that stay inside their folder on every system
// the portal runs on, so no entry can be written outside the folder it is imported into.

const WINDOWS_FORBIDDEN = /[<>:"|?*]/;
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

/** Why a path is not a safe relative path, or null when it is. */
export function unsafePathReason(path: string): string | null {
  if (path === '') return 'is empty';
  if (path.includes('\\')) return 'uses a backslash (a Windows path)';
  if (path.startsWith('/')) return 'is absolute';
  if (/^[A-Za-z]:/.test(path)) return 'names a Windows drive';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(path)) return 'holds control characters';
  const segments = path.split('/');
  if (segments.includes('..')) return 'climbs out of its folder';
  for (const segment of segments) {
    if (segment === '' || segment === '.') return 'is not a plain relative path';
    if (segment.startsWith('.')) return 'names a hidden file or folder';
    if (WINDOWS_FORBIDDEN.test(segment) || WINDOWS_DEVICE.test(segment) || /[. ]$/.test(segment))
      return 'is not a file name Windows allows';
  }
  return null;
}
