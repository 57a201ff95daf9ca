import { createContext, useContext } from "react";

// The per-request nonce that lets Remix's inline scripts past the Content-Security-Policy.
// Set on the server only; in the browser the attribute is already in the HTML.
export const NonceContext = createContext("");
export const useNonce = () => useContext(NonceContext);
