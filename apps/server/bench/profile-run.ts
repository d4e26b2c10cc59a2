import type { BenchContext } from './bench-context.ts';
import { caseloadRequests } from './caseload-bench.ts';
import { CLIENTS_PER_THERAPIST } from './bench-ids.ts';
import { profileWhile, saveProfile } from './cpu-profile.ts';
import type { Expectation, RequestSpec } from './load-job.ts';
import { printProfile, summariseProfile, type ProfileSummary } from './profile-summary.ts';
import { runLoad } from './run-load.ts';
import { submitRequests } from './submit-bench.ts';

async function profiled(
  ctx: BenchContext,
  name: string,
  requests: RequestSpec[],
  expect: Expectation,
): Promise<ProfileSummary> {
  const count = ctx.options.profileRequests;
  const profile = await profileWhile(async () => {
    await runLoad({
      host: ctx.host,
      port: ctx.port,
      requests,
      warmup: 0,
      count,
      concurrency: ctx.options.concurrency,
      sourceAddresses: null,
      expect,
      sampleLocksUrl: null,
    });
  });
  if (ctx.options.profileDir !== null) {
    const file = await saveProfile(ctx.options.profileDir, name, profile);
    console.log(`  (profile saved: ${file})`);
  }
  return summariseProfile(profile, count);
}

export interface Profiles {
  caseload: ProfileSummary;
  submit: ProfileSummary;
}

/**
 * The app's CPU over extra caseload and submission requests at `scale`
 * (after the timed runs, so the profiler's own cost touches no figure),
 * grouped by where the code lives, with the top functions.
 */
export async function profileApp(ctx: BenchContext, scale: number): Promise<Profiles> {
  console.log('');
  console.log(
    `CPU profile of the app (V8 sampling profiler, in the app's process) at ${scale}x, ${ctx.options.profileRequests} requests of each kind:`,
  );
  const caseload = await profiled(ctx, `caseload-${scale}x`, caseloadRequests(ctx, scale), {
    status: 200,
    clients: CLIENTS_PER_THERAPIST,
  });
  printProfile('Caseload (POST /api/caseload)', caseload);
  const submit = await profiled(ctx, `submit-${scale}x`, submitRequests(ctx, scale), {
    status: 201,
  });
  printProfile('Submit a measure (POST /api/me/measures/responses)', submit);
  return { caseload, submit };
}
