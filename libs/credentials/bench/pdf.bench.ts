// Measures certificate PDF rendering. Run: cd libs/credentials && npx tsx bench/pdf.bench.ts [count]
import { performance } from 'node:perf_hooks';
import { renderCertificatePdf } from '../src/pdf/render-certificate.js';
import { sampleCertificateInput } from '../src/sample-input.js';

const count = Number(process.argv[2] ?? 200);
const locales = ['en', 'nl', 'de'];
const input = (i: number) =>
  sampleCertificateInput({
    locale: locales[i % locales.length] ?? 'en',
    recipientName: `Zoë Ødegård-Łukasz ${i}`,
    verifyUrl: `https://academy.example.org/verify/${crypto.randomUUID()}`,
    cohort: { name: 'Amsterdam spring 2026' },
  });

const coldStart = performance.now();
await renderCertificatePdf(input(0));
const cold = performance.now() - coldStart;

for (let i = 0; i < 20; i++) await renderCertificatePdf(input(i)); // warm-up

const times: number[] = [];
let bytes = 0;
for (let i = 0; i < count; i++) {
  const start = performance.now();
  const pdf = await renderCertificatePdf(input(i));
  times.push(performance.now() - start);
  bytes += pdf.length;
}
times.sort((a, b) => a - b);
const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? NaN;
const mean = times.reduce((s, t) => s + t, 0) / times.length;
console.log(
  `certificate PDF x${count}: mean ${mean.toFixed(2)} ms, p50 ${at(0.5).toFixed(2)} ms, p95 ${at(0.95).toFixed(2)} ms, max ${at(1).toFixed(2)} ms`,
);
console.log(
  `first (cold) PDF ${cold.toFixed(1)} ms; average size ${(bytes / count / 1024).toFixed(1)} KiB`,
);
