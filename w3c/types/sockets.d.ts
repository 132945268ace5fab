// Type declarations for nodeshim's W3C socket API (spec/w3c-api.md): the
// globals Socket, TCPSocket, TCPServerSocket and UDPSocket, their events,
// and the Socket members of WebSocket. They build on the DOM's EventTarget,
// Event, MessageEvent, Blob and WebSocket:
// use this file with lib "dom" or @types/node, or index.d.ts, which brings
// minimal declarations of those too.

type SocketBinaryType = "arraybuffer" | "string" | "blob";
type SocketData = string | ArrayBuffer | ArrayBufferView | Blob;
type TLSVersionName = "TLSv1" | "TLSv1.1" | "TLSv1.2" | "TLSv1.3";
type PEM = string | ArrayBuffer | ArrayBufferView;

/** The error names of socket failures (Mozilla's vocabulary). */
type SocketErrorName =
  | "ConnectionRefusedError"
  | "NetworkTimeoutError"
  | "DomainNotFoundError"
  | "NetworkInterruptError"
  | "SecurityCertificateError"
  | "SecurityProtocolError"
  | "NetworkError";

/** The Error an error event carries: Node's code, errno and syscall. */
interface SocketError extends Error {
  name: SocketErrorName;
  code: string;
  errno?: number;
  syscall?: string;
  address?: string;
  port?: number;
  hostname?: string;
}

interface SocketErrorEventInit extends EventInit {
  message?: string;
  filename?: string;
  lineno?: number;
  colno?: number;
  error?: any;
  name?: string;
  code?: string;
}

/** The error event of a socket: error, message, Mozilla's name, Node's code. */
interface SocketErrorEvent extends Event {
  readonly message: string;
  readonly filename: string;
  readonly lineno: number;
  readonly colno: number;
  readonly error: SocketError;
  readonly name: SocketErrorName;
  readonly code: string;
}

interface SocketCloseEventInit extends EventInit {
  wasClean?: boolean;
  code?: number;
  reason?: string;
}
interface SocketCloseEvent extends Event {
  readonly wasClean: boolean;
  readonly code: number;
  readonly reason: string;
}

interface UDPMessageEventInit extends MessageEventInit {
  remoteAddress?: string;
  remotePort?: number;
  address?: string;
  port?: number;
  localAddress?: string;
  interface?: string;
}
/** A datagram: its data, the sender, and where it was sent to and received. */
interface UDPMessageEvent<T = any> extends MessageEvent<T> {
  readonly remoteAddress: string;
  readonly remotePort: number;
  /** The proposal's name of remoteAddress. */
  readonly address: string;
  /** The proposal's name of remotePort. */
  readonly port: number;
  /** The datagram's destination address (a multicast group, say). */
  readonly localAddress: string;
  /** The interface the datagram arrived on. */
  readonly interface: string;
}
declare var UDPMessageEvent: {
  prototype: UDPMessageEvent;
  new <T = any>(type: string, eventInitDict?: UDPMessageEventInit): UDPMessageEvent<T>;
};

interface ConnectEventInit extends EventInit {
  socket?: TCPSocket;
}
/** The event of a connection a TCPServerSocket accepted. */
interface ConnectEvent extends Event {
  readonly socket: TCPSocket;
}
declare var ConnectEvent: {
  prototype: ConnectEvent;
  new (type: string, eventInitDict?: ConnectEventInit): ConnectEvent;
};

interface SocketEventMap<M extends MessageEvent = MessageEvent> {
  open: Event;
  message: M;
  drain: Event;
  error: SocketErrorEvent;
  close: SocketCloseEvent;
}

/** What every socket has. Not constructible; M is its message event. */
interface Socket<M extends MessageEvent = MessageEvent> extends EventTarget {
  readonly CONNECTING: 0;
  readonly OPEN: 1;
  readonly CLOSING: 2;
  readonly CLOSED: 3;
  readonly readyState: 0 | 1 | 2 | 3;
  /** 4 or 6, from the address in use (0 while unknown). */
  readonly ipVersion: number;
  /** The peer's resolved address, port, and the form the script gave. */
  readonly address: string;
  readonly port: number;
  readonly url: string;
  readonly localAddress: string;
  readonly localPort: number;
  readonly localURL: string;
  /** Bytes accepted by send() and not yet handed to the kernel. */
  readonly bufferedAmount: number;
  binaryType: SocketBinaryType;
  readonly isSuspended: boolean;
  /** A frozen snapshot of the option values. */
  readonly options: Readonly<Record<string, unknown>>;
  setOption(name: string, value: unknown): true;
  getOption(name: string): unknown;
  /** Returns false when the script should wait for drain. */
  send(data: SocketData, ...rest: any[]): boolean;
  suspend(): void;
  resume(): void;
  close(): void;
  onopen: ((this: this, ev: Event) => any) | null;
  onmessage: ((this: this, ev: M) => any) | null;
  /** An alias of onmessage (Mozilla's TCPSocket). */
  ondata: ((this: this, ev: M) => any) | null;
  ondrain: ((this: this, ev: Event) => any) | null;
  onerror: ((this: this, ev: SocketErrorEvent) => any) | null;
  onclose: ((this: this, ev: SocketCloseEvent) => any) | null;
  addEventListener<K extends keyof SocketEventMap<M>>(type: K, listener: (this: this, ev: SocketEventMap<M>[K]) => any, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
}
declare var Socket: {
  prototype: Socket;
  /** Always throws: Socket is abstract. */
  new (): never;
  readonly CONNECTING: 0;
  readonly OPEN: 1;
  readonly CLOSING: 2;
  readonly CLOSED: 3;
};

/** TLS options of sockets, servers and upgradeToSSL(). */
interface TLSOptions {
  ca?: PEM | PEM[];
  cert?: PEM | PEM[];
  key?: PEM | PEM[];
  /** SNI and the name checked; by default the peer address when it is a name. */
  servername?: string;
  /** Default true: a certificate that fails verification is an error. */
  rejectUnauthorized?: boolean;
  alpnProtocols?: string[];
  minVersion?: TLSVersionName;
  maxVersion?: TLSVersionName;
}

interface TCPSocketOptions extends TLSOptions {
  localAddress?: string;
  localPort?: number;
  useSecureTransport?: boolean;
  noDelay?: boolean;
  keepAlive?: boolean;
  keepAliveDelay?: number;
  userTimeout?: number;
  /** Milliseconds; the whole connect, name lookup included. */
  connectTimeout?: number;
  /** Default false: after end the socket finishes sending and closes. */
  allowHalfOpen?: boolean;
  binaryType?: SocketBinaryType;
  highWaterMark?: number;
  ipVersion?: 4 | 6;
  receiveBufferSize?: number;
  sendBufferSize?: number;
}

interface UpgradeOptions extends TLSOptions {
  /** Be the TLS server of the upgrade (needs cert and key). */
  isServer?: boolean;
  requestCert?: boolean;
}

/** A certificate as peerCertificate shows it. */
interface PeerCertificate {
  subject: Record<string, string | string[]>;
  issuer: Record<string, string | string[]>;
  subjectaltname?: string;
  validFrom: string;
  validTo: string;
  valid_from: string;
  valid_to: string;
  fingerprint: string;
  fingerprint256: string;
  serialNumber: string;
  raw: ArrayBuffer;
}

interface TCPSocketEventMap extends SocketEventMap {
  end: Event;
  secure: Event;
}

interface TCPSocket extends Socket {
  readonly ssl: boolean;
  readonly isHalfClosed: boolean;
  readonly peerCertificate: PeerCertificate | null;
  readonly alpnProtocol: string | false;
  readonly tlsVersion: TLSVersionName | null;
  send(data: SocketData): boolean;
  /** Send FIN after the buffered data; the socket keeps receiving. */
  halfClose(): void;
  /** STARTTLS: resolves when the handshake completes, as secure fires. */
  upgradeToSSL(options?: UpgradeOptions): Promise<void>;
  UpgradeToSSL(options?: UpgradeOptions): Promise<void>;
  upgradeToSecure(options?: UpgradeOptions): Promise<void>;
  onend: ((this: TCPSocket, ev: Event) => any) | null;
  onsecure: ((this: TCPSocket, ev: Event) => any) | null;
  addEventListener<K extends keyof TCPSocketEventMap>(type: K, listener: (this: TCPSocket, ev: TCPSocketEventMap[K]) => any, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
}
declare var TCPSocket: {
  prototype: TCPSocket;
  readonly CONNECTING: 0;
  readonly OPEN: 1;
  readonly CLOSING: 2;
  readonly CLOSED: 3;
  new (peerAddress: string, peerPort: number, options?: TCPSocketOptions): TCPSocket;
  new (peerAddress: string, peerPort: number, localAddress?: string | null, localPort?: number | null, options?: TCPSocketOptions): TCPSocket;
};

interface TCPServerSocketOptions extends TCPSocketOptions {
  backlog?: number;
  /** Default true. */
  addressReuse?: boolean;
  reuseAddress?: boolean;
  reusePort?: boolean;
  ipv6Only?: boolean;
  requestCert?: boolean;
}

interface TCPServerSocketEventMap {
  open: Event;
  connect: ConnectEvent;
  error: SocketErrorEvent;
  close: SocketCloseEvent;
}

interface TCPServerSocket extends EventTarget {
  readonly CONNECTING: 0;
  readonly OPEN: 1;
  readonly CLOSING: 2;
  readonly CLOSED: 3;
  readonly readyState: 0 | 1 | 2 | 3;
  readonly localAddress: string;
  readonly localPort: number;
  readonly localURL: string;
  readonly ipVersion: number;
  /** Accepted sockets not yet closed. */
  readonly connections: number;
  readonly ssl: boolean;
  readonly isSuspended: boolean;
  suspend(): void;
  resume(): void;
  close(): void;
  onopen: ((this: TCPServerSocket, ev: Event) => any) | null;
  onconnect: ((this: TCPServerSocket, ev: ConnectEvent) => any) | null;
  onerror: ((this: TCPServerSocket, ev: SocketErrorEvent) => any) | null;
  onclose: ((this: TCPServerSocket, ev: SocketCloseEvent) => any) | null;
  addEventListener<K extends keyof TCPServerSocketEventMap>(type: K, listener: (this: TCPServerSocket, ev: TCPServerSocketEventMap[K]) => any, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
}
declare var TCPServerSocket: {
  prototype: TCPServerSocket;
  new (options?: TCPServerSocketOptions): TCPServerSocket;
  new (localAddress?: string | null, localPort?: number | null, options?: TCPServerSocketOptions): TCPServerSocket;
};

interface UDPSocketOptions {
  localAddress?: string;
  localPort?: number;
  /** The proposal's form: a peer to set at once. */
  remoteAddress?: string;
  remotePort?: number;
  addressReuse?: boolean;
  reuseAddress?: boolean;
  reusePort?: boolean;
  ipv6Only?: boolean;
  broadcast?: boolean;
  ttl?: number;
  /** Default 1. */
  multicastTimeToLive?: number;
  /** Default true. */
  multicastLoopback?: boolean;
  loopback?: boolean;
  multicastInterface?: string;
  binaryType?: SocketBinaryType;
  highWaterMark?: number;
  receiveBufferSize?: number;
  sendBufferSize?: number;
}

interface MembershipOptions {
  /** The local interface, by address or name. */
  interface?: string;
  /** Join source-specific. */
  source?: string;
}

interface UDPSocket extends Socket<UDPMessageEvent> {
  readonly ttl: number;
  readonly joinedGroups: readonly string[];
  /** One datagram; address and port are needed unless a peer is set. */
  send(data: SocketData, address?: string, port?: number): boolean;
  /** Connect to a peer; null disconnects. */
  setPeer(address: string | null, port?: number): void;
  addMulticastMembership(group: string, options?: MembershipOptions): void;
  dropMulticastMembership(group: string, options?: MembershipOptions): void;
  MulticastMembership(group: string, options?: MembershipOptions | number): void;
  joinMulticast(group: string, options?: MembershipOptions): void;
  leaveMulticast(group: string, options?: MembershipOptions): void;
  joinMulticastGroup(group: string, options?: MembershipOptions): void;
  leaveMulticastGroup(group: string, options?: MembershipOptions): void;
}
declare var UDPSocket: {
  prototype: UDPSocket;
  readonly CONNECTING: 0;
  readonly OPEN: 1;
  readonly CLOSING: 2;
  readonly CLOSED: 3;
  new (options?: UDPSocketOptions): UDPSocket;
  new (localAddress?: string | null, localPort?: number | null, options?: UDPSocketOptions): UDPSocket;
};

/** The third argument of new WebSocket(): TLS options for wss: and extra request headers. */
interface WebSocketOptions extends TLSOptions {
  headers?: Record<string, string>;
}

/**
 * What nodeshim's WebSocket has beside the WHATWG API's members, being a
 * Socket: send()'s hint, drain, suspend()/resume(), options, addresses.
 */
interface WebSocket {
  readonly ipVersion: number;
  readonly address: string;
  readonly port: number;
  readonly localAddress: string;
  readonly localPort: number;
  readonly localURL: string;
  readonly isSuspended: boolean;
  /** A frozen snapshot of the option values (binaryType, highWaterMark). */
  readonly options: Readonly<Record<string, unknown>>;
  setOption(name: string, value: unknown): true;
  getOption(name: string): unknown;
  /** Returns false when the script should wait for drain. */
  send(data: SocketData): boolean;
  suspend(): void;
  resume(): void;
  ondrain: ((this: WebSocket, ev: Event) => any) | null;
  /** An alias of onmessage (Mozilla's TCPSocket). */
  ondata: ((this: WebSocket, ev: MessageEvent) => any) | null;
}
