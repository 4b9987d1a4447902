// The few parts of autocannon's result bench/run.ts reads (the package ships no types).
declare module "autocannon" {
  type Histogram = { average: number; p50: number; p90: number; p99: number; p97_5: number };
  type Result = { requests: Histogram; latency: Histogram; errors: number; timeouts: number; non2xx: number };
  export default function autocannon(options: { url: string; connections: number; duration: number }): Promise<Result>;
}
