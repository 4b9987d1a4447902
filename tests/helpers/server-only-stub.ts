// Stands in for the `server-only` package under Vitest, which runs lib/ outside a React bundle.
export {};
