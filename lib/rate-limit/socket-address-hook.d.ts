// Types of socket-address-hook.js, which stays JavaScript so Node.js can preload it.
export declare const SOCKET_ADDRESS_HEADER: string;
export declare const INSTALLED: unique symbol;
export declare function installSocketAddressHook(): void;
