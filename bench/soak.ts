// `npm run soak`: N scripted meetings (default 50) through the app's services against the emulator with seeded random
// faults (30 % 429, 5 % 503, 2 % writes that ran but answered 504), one network cut (default 60 s) and one second
// editor. Every other save of a meeting runs without faults (which ones alternates by meeting), so throttled and
// unthrottled save times come from the same run and the same mix of first and later saves. A save that fails is completed the way the app completes it by itself (at the time it names, or when Graph is
// back); only a conflict or a failure without a retry time counts as a save that needed the user.
// Options: --meetings N, --cut-seconds S, --seed S. Writes bench/soak.json.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { allAssignments } from '../src/domain/assignments';
import { updateItem } from '../src/domain/editing';
import { paragraphsFromText, plainText } from '../src/domain/richtext';
import type { RecordSession, SaveOutcome } from '../src/contracts/records';
import type { FaultConfig } from '../emulator/faults';
import { CHAIR, SECRETARY } from '../test/emulator/support';
import {
  filesEnding,
  openToday,
  restartablePort,
  signInAt,
  startWorkflowHarness,
  storedMinutes,
  type Device,
  type WorkflowHarness,
} from '../test/integration/workflows/harness';
import {
  directoryAssignees,
  edit,
  markAttendance,
  missingTexts,
  typeItems,
} from '../test/integration/workflows/meetingScript';
import { tasksOfRecord } from '../test/integration/workflows/plannerChecks';
import { median, percentile } from './stats';

const { values } = parseArgs({
  options: {
    meetings: { type: 'string', default: '50' },
    'cut-seconds': { type: 'string', default: '60' },
    seed: { type: 'string', default: '14' },
  },
});
const MEETINGS = Number(values.meetings);
const CUT_SECONDS = Number(values['cut-seconds']);
const SEED = Number(values.seed);
const ROUNDS = 4;
const ITEMS_PER_ROUND = 3;
const ASSIGNMENTS_PER_ROUND = 2;
const CUT_MEETING = Math.min(1, MEETINGS - 1);
const EDITOR_MEETING = Math.min(2, MEETINGS - 1);

const faultsFor = (seed: number): FaultConfig => ({
  seed,
  retryAfterSeconds: 0.1,
  random: [
    { rate: 0.3, status: 429 },
    { rate: 0.05, status: 503 },
    { rate: 0.02, kind: 'ranThen504' },
  ],
});

/**
 * The least p95 wait any client that honours `Retry-After` can have, for a save of a single request: each try is
 * refused (429 or 503) with probability r, so it is refused at least n times with probability r^n, and the p95 save
 * waits the smallest n with r^(n+1) <= 5 %, times `Retry-After`. Network time, and every further request, only add.
 */
function refusalFloorMs(faults: FaultConfig): number {
  const refused = (faults.random ?? [])
    .filter((fault) => fault.status === 429 || fault.status === 503)
    .reduce((sum, fault) => sum + fault.rate, 0);
  let waits = 0;
  while (refused ** (waits + 1) > 0.05) waits += 1;
  return waits * (faults.retryAfterSeconds ?? 0) * 1000;
}

interface Totals {
  meetings: number;
  saves: number;
  automaticRetries: number;
  savesThatNeededTheUser: number;
  charactersTyped: number;
  charactersStored: number;
  lostCharacters: number;
  filesPerRecord: { minutesJson: number; docx: number }[];
  assignments: number;
  tasks: number;
  duplicateFiles: number;
  duplicateTasks: number;
  duplicateBuckets: number;
  throttledMs: number[];
  unthrottledMs: number[];
}

const totals: Totals = {
  meetings: 0,
  saves: 0,
  automaticRetries: 0,
  savesThatNeededTheUser: 0,
  charactersTyped: 0,
  charactersStored: 0,
  lostCharacters: 0,
  filesPerRecord: [],
  assignments: 0,
  tasks: 0,
  duplicateFiles: 0,
  duplicateTasks: 0,
  duplicateBuckets: 0,
  throttledMs: [],
  unthrottledMs: [],
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One save as the record screen makes it: a failure that names a retry time, or that is offline, is saved again by
 * the app on its own (here: at that time, or every second until Graph answers); anything else needs the user.
 */
async function saveAsTheApp(device: Device, session: RecordSession): Promise<RecordSession> {
  totals.saves += 1;
  for (;;) {
    const outcome: SaveOutcome = await device.services.saveRecord(session);
    if (outcome.kind === 'saved') return outcome.session;
    if (outcome.kind === 'conflict') {
      totals.savesThatNeededTheUser += 1;
      throw new Error(`A conflict the secretary had to settle: ${outcome.conflicts.map((c) => c.label).join(', ')}`);
    }
    if (!outcome.offline && !outcome.retryAt) {
      totals.savesThatNeededTheUser += 1;
      throw new Error(`A save that needed the user: ${outcome.message}`);
    }
    totals.automaticRetries += 1;
    await sleep(outcome.retryAt ? Math.max(0, Date.parse(outcome.retryAt) - Date.now()) : 1000);
  }
}

async function main(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'soak-'));
  let harness: WorkflowHarness = await startWorkflowHarness({ persist: true, dataDir, port: await restartablePort() });
  const port = harness.emu.emulator.port;
  const started = Date.now();
  try {
    for (let meeting = 0; meeting < MEETINGS; meeting += 1) {
      await harness.faults({});
      await harness.reset();
      const secretary = await signInAt(harness.emu.url, SECRETARY);
      const people = directoryAssignees(await harness.state(), ROUNDS * ASSIGNMENTS_PER_ROUND);
      let session = await markAttendance(secretary.services, await openToday(secretary.services));
      const texts: string[] = [];
      for (let round = 0; round < ROUNDS; round += 1) {
        const typed = await typeItems(
          secretary.services,
          session,
          ITEMS_PER_ROUND,
          people.slice(round * ASSIGNMENTS_PER_ROUND, (round + 1) * ASSIGNMENTS_PER_ROUND),
          `Möte ${meeting + 1} del ${round + 1}`,
        );
        texts.push(...typed.texts);
        session = typed.session;
        // Half the rounds throttled, alternating by meeting: a meeting's first save (it also creates the file and the
        // bucket) is throttled in every other meeting, so both sets hold the same mix of first and later saves.
        const throttled = (round + meeting) % 2 === 0;
        await harness.faults(throttled ? faultsFor(SEED * 1000 + meeting * 10 + round) : {});
        if (meeting === EDITOR_MEETING && round === 2) {
          // The chair saves an addition to an item the secretary wrote earlier, between two of her saves.
          await harness.faults({});
          const chair = await signInAt(harness.emu.url, CHAIR);
          const theirs = await openToday(chair.services);
          const item = theirs.minutes.items.find((i) => i.title.startsWith(`Möte ${meeting + 1} del 1 punkt 1:`))!;
          const added = `Göran lägger till: kommunerna återkommer före möte ${meeting + 2}.`;
          texts.push(added);
          const notes = paragraphsFromText(`${plainText(item.notes)}\n${added}`);
          await saveAsTheApp(
            chair,
            edit(theirs, (m, now) => updateItem(m, item.id, { notes }, now)),
          );
        }
        const began = Date.now();
        if (meeting === CUT_MEETING && round === 2) {
          await harness.close();
          const cutEnds = Date.now() + CUT_SECONDS * 1000;
          const restart = (async () => {
            await sleep(cutEnds - Date.now());
            harness = await startWorkflowHarness({ persist: true, dataDir, port });
          })();
          session = await saveAsTheApp(secretary, session);
          await restart;
          continue;
        }
        session = await saveAsTheApp(secretary, session);
        (throttled ? totals.throttledMs : totals.unthrottledMs).push(Date.now() - began);
      }
      await harness.faults({});
      const state = await harness.state();
      const stored = storedMinutes(state, session);
      const missing = missingTexts(stored, texts);
      const typedChars = texts.reduce((sum, text) => sum + text.length, 0);
      const lost = missing.reduce((sum, text) => sum + text.length, 0);
      totals.meetings += 1;
      totals.charactersTyped += typedChars;
      totals.charactersStored += typedChars - lost;
      totals.lostCharacters += lost;
      const base = `/${session.remote.path.replace(/\.minutes\.json$/, '')}`;
      const files = {
        minutesJson: filesEnding(state, session, '.minutes.json').filter((f) => f.path === `${base}.minutes.json`)
          .length,
        docx: filesEnding(state, session, '.docx').filter((f) => f.path.startsWith(base)).length,
      };
      totals.filesPerRecord.push(files);
      totals.duplicateFiles += Math.max(0, files.minutesJson - 1) + Math.max(0, files.docx - 1);
      const assignments = allAssignments(stored).filter(({ assignment }) => assignment.assignees.length > 0).length;
      const tasks = tasksOfRecord(state, stored).length;
      totals.assignments += assignments;
      totals.tasks += tasks;
      totals.duplicateTasks += Math.max(0, tasks - assignments);
      const names = state.planner.buckets.map((b) => `${b.planId}/${(b as { name?: string }).name ?? ''}`);
      totals.duplicateBuckets += names.length - new Set(names).size;
      if (missing.length || tasks !== assignments)
        console.error(`meeting ${meeting + 1}: ${missing.length} texts missing, ${tasks} tasks for ${assignments}`);
    }
  } finally {
    await harness.close();
    await rm(dataDir, { recursive: true, force: true });
  }
  const ms = (samples: number[]) => ({
    p50: Math.round(median(samples)),
    p95: Math.round(percentile(samples, 0.95)),
  });
  const throttled = ms(totals.throttledMs);
  const unthrottled = ms(totals.unthrottledMs);
  const report = {
    meetings: totals.meetings,
    saves: totals.saves,
    automaticRetries: totals.automaticRetries,
    savesThatNeededTheUser: totals.savesThatNeededTheUser,
    charactersTyped: totals.charactersTyped,
    charactersStored: totals.charactersStored,
    lostCharacters: totals.lostCharacters,
    filesPerRecord: {
      minutesJson: Math.max(...totals.filesPerRecord.map((f) => f.minutesJson)),
      docx: Math.max(...totals.filesPerRecord.map((f) => f.docx)),
    },
    tasksPerAssignment: totals.assignments ? totals.tasks / totals.assignments : 0,
    duplicates: { files: totals.duplicateFiles, tasks: totals.duplicateTasks, buckets: totals.duplicateBuckets },
    saveMs: { throttled, unthrottled },
    throttledP95OverUnthrottledP95: Number((throttled.p95 / unthrottled.p95).toFixed(2)),
    /** The budget's reach: the refusals' waits alone at p95, over the unthrottled p95 (see refusalFloorMs). */
    refusalWaitP95Ms: refusalFloorMs(faultsFor(SEED)),
    refusalWaitP95OverUnthrottledP95: Number((refusalFloorMs(faultsFor(SEED)) / unthrottled.p95).toFixed(2)),
    faults: { seed: SEED, ...faultsFor(SEED), cutSeconds: CUT_SECONDS, secondEditor: true },
    seconds: Math.round((Date.now() - started) / 1000),
  };
  await writeFile(join(import.meta.dirname, 'soak.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.table({
    meetings: report.meetings,
    saves: report.saves,
    'automatic retries': report.automaticRetries,
    'saves that needed the user': report.savesThatNeededTheUser,
    'characters typed': report.charactersTyped,
    'characters stored': report.charactersStored,
    'lost characters': report.lostCharacters,
    '.minutes.json per record (max)': report.filesPerRecord.minutesJson,
    '.docx per record (max)': report.filesPerRecord.docx,
    'tasks per assignment': report.tasksPerAssignment,
    'duplicate files': report.duplicates.files,
    'duplicate tasks': report.duplicates.tasks,
    'duplicate buckets': report.duplicates.buckets,
    'save p50 / p95 throttled (ms)': `${throttled.p50} / ${throttled.p95}`,
    'save p50 / p95 unthrottled (ms)': `${unthrottled.p50} / ${unthrottled.p95}`,
    'p95 throttled ÷ unthrottled (budget ≤ 2)': report.throttledP95OverUnthrottledP95,
    'p95 of Retry-After waits alone, any client (ms)': report.refusalWaitP95Ms,
    'those waits ÷ unthrottled p95': report.refusalWaitP95OverUnthrottledP95,
  });
  const failed =
    report.lostCharacters > 0 ||
    report.savesThatNeededTheUser > 0 ||
    totals.duplicateFiles + totals.duplicateTasks + totals.duplicateBuckets > 0 ||
    report.throttledP95OverUnthrottledP95 > 2;
  process.exitCode = failed ? 1 : 0;
}

await main();
