/// <reference types="@remix-run/dev" />
/// <reference types="@remix-run/node" />

// Single fetch: loader and action data types come from data()/plain objects.
declare module "@remix-run/server-runtime" {
  interface Future {
    v3_singleFetch: true;
  }
}
export {};
