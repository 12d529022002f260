/** A postgres:// or postgresql:// URL: a database store. */
export const isDatabaseUrl = (s: string): boolean => /^postgres(?:ql)?:\/\//i.test(s);

/** A database URL fit for a message: without its password. */
export function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    // not a URL: nothing in it is known to be a password
    return url;
  }
}
