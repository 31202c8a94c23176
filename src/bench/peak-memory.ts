/**
 * Loaded with `node --import` into a process the bench measures: on exit it
 * writes the process's peak resident memory (bytes) to NCE_PEAK_MEMORY_FILE.
 * The kernel's own high-water mark, so no peak is missed between samples.
 */
import { writeFileSync } from 'node:fs';

const out = process.env['NCE_PEAK_MEMORY_FILE'];
if (out !== undefined) process.on('exit', () => writeFileSync(out, String(process.resourceUsage().maxRSS * 1024)));
