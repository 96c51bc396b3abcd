// The security headers of every response (lib/http/static-headers.js), typed for TypeScript code.
// HTTPS (upgrade-insecure-requests, HSTS) comes from PUBLIC_ORIGIN alone, never a request header.
import shared from '@/lib/http/static-headers.js';

export { isHttpsSite } from '@/lib/site';

type PolicyOptions = { scripts?: string[]; styles?: string[]; secure?: boolean; dev?: boolean };

export const contentSecurityPolicy: (options?: PolicyOptions) => string = shared.contentSecurityPolicy;
export const STATIC_SECURITY_HEADERS: Record<string, string> = shared.STATIC_SECURITY_HEADERS;
