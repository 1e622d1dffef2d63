/** A config file as it lands on a node: cloud-init writes it at first boot, a step keeps it current. */
export interface RenderedFile {
  readonly path: string;
  readonly content: string;
  /** `user:group`. */
  readonly owner: string;
  /** Octal, e.g. `0644`. Secret files are `0600` or `0640`. */
  readonly mode: string;
  /** Holds passwords or keys: kept out of plans and plain config (docs/architecture.md, decision 4). */
  readonly secret: boolean;
  /**
   * Shell command (run as root) that applies a later change of this file, e.g. a reload.
   * Empty when the change takes effect by itself or at the next restart.
   */
  readonly apply: string;
  /**
   * Written by cloud-init at first boot as well as by the files step. False for files nothing
   * reads before the steps run (Prometheus targets, the portal's pages): they come with the
   * files step only, which keeps user-data small where a platform caps it and plans light.
   */
  readonly firstBoot: boolean;
  /**
   * The text as user-data's JSON holds it, when the text is an apply-time value with newlines
   * (a PEM file the runner holds, read by Terraform), which a JSON string cannot hold as it is.
   */
  readonly userDataContent?: string;
}

export interface FileOptions {
  readonly owner?: string;
  readonly mode?: string;
  readonly secret?: boolean;
  readonly apply?: string;
  readonly firstBoot?: boolean;
}

export function renderedFile(path: string, content: string, options: FileOptions = {}): RenderedFile {
  const secret = options.secret ?? false;
  return {
    path,
    content,
    owner: options.owner ?? 'root:root',
    mode: options.mode ?? (secret ? '0600' : '0644'),
    secret,
    apply: options.apply ?? '',
    firstBoot: options.firstBoot ?? true,
  };
}
