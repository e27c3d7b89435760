export interface RegistryOptions {
  /** HTTP Basic auth with an htpasswd file (bcrypt) for this user. */
  htpasswd?: { username: string; password: string }
  /** Serve TLS with a certificate for 127.0.0.1 signed by a fresh self-signed CA (see caFile). */
  tls?: boolean
  /** Extra YAML appended under the top level (e.g. an `auth: token:` block). Indent with two spaces. */
  extraYaml?: string
}

export interface Registry {
  /** host:port, e.g. 127.0.0.1:41234 */
  host: string
  /** http(s)://host:port */
  url: string
  dir: string
  /** The registry process (stop() stops it; a state file can name it to another process). */
  pid: number
  /** PEM of the CA that signed the server certificate (tls only). */
  caFile?: string
  stop(): Promise<void>
}

export function freePort(): Promise<number>
export function makeCertificates(dir: string): { caFile: string; certFile: string; keyFile: string; caKeyFile: string }
export function startRegistry(opts?: RegistryOptions): Promise<Registry>
