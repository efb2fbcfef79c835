import type { FastifyInstance, InjectOptions } from "fastify";

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export interface Response<T = unknown> {
  status: number;
  body: T;
  headers: Record<string, unknown>;
}

/** A browser-like client for app.inject: keeps the session cookie between requests. */
export class Agent {
  private cookies = new Map<string, string>();

  constructor(
    private readonly app: FastifyInstance,
    private readonly ip = "127.0.0.1",
  ) {}

  get<T = any>(url: string) {
    return this.request<T>("GET", url);
  }
  post<T = any>(url: string, payload?: unknown) {
    return this.request<T>("POST", url, payload);
  }
  put<T = any>(url: string, payload?: unknown) {
    return this.request<T>("PUT", url, payload);
  }
  patch<T = any>(url: string, payload?: unknown) {
    return this.request<T>("PATCH", url, payload);
  }
  delete<T = any>(url: string) {
    return this.request<T>("DELETE", url);
  }

  async request<T>(method: Method, url: string, payload?: unknown): Promise<Response<T>> {
    const options: InjectOptions = { method, url, remoteAddress: this.ip, headers: {} };
    if (this.cookies.size > 0) {
      options.headers = { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ") };
    }
    if (payload !== undefined) options.payload = payload as InjectOptions["payload"];
    const response = await this.app.inject(options);
    this.keepCookies(response.headers["set-cookie"]);
    const text = response.body;
    const body =
      text && response.headers["content-type"]?.toString().includes("json")
        ? JSON.parse(text)
        : text;
    return { status: response.statusCode, body: body as T, headers: response.headers };
  }

  /** Another client holding the same cookies, as a copied or stolen cookie would be. */
  copy(app: FastifyInstance = this.app): Agent {
    const copy = new Agent(app, this.ip);
    for (const [name, value] of this.cookies) copy.cookies.set(name, value);
    return copy;
  }

  private keepCookies(header: string | string[] | undefined) {
    for (const cookie of [header ?? []].flat()) {
      const [pair = "", ...attributes] = cookie.split(";");
      const [name = "", value = ""] = pair.split("=");
      const expired = attributes.some((a) => /max-age=0/i.test(a.trim())) || value === "";
      if (expired) this.cookies.delete(name.trim());
      else this.cookies.set(name.trim(), value);
    }
  }
}
