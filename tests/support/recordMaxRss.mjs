// Preloaded (node --import) into a CLI run by tests: records the peak memory on exit.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  if (process.env.GAOXIN_RSS_FILE) writeFileSync(process.env.GAOXIN_RSS_FILE, String(process.resourceUsage().maxRSS));
});
