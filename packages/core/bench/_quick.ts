import { parseReport } from '../src/index.js';
import { buildInput } from './input.js';
import { measure, ratio } from './measure.js';
import { peerRow } from './peer.js';
const input = buildInput();
const ours = measure(`parseReport, ${input.pages.length} pages`, input.pages, (t) => parseReport(t, { referenceDate: '2022-11-15' }));
const peer = peerRow(input);
console.log(ours.name, (ours.bytesPerSecond / 1e6).toFixed(2), 'MB/s;', peer.name, (peer.bytesPerSecond / 1e3).toFixed(1), 'KB/s;', ratio(ours, peer));
