// Who answers Ctrl-C: by default the CLI (temp files removed, exit 130); a long-running command
// (serve) claims the signals to shut down in its own order and exit 0.

let claimed = false;

/** The running command stops itself on SIGINT/SIGTERM; the CLI's default handler stands aside. */
export function claimSignals(): void {
  claimed = true;
}

export const signalsClaimed = (): boolean => claimed;
