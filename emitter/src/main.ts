import type { CodeModel } from "@autorest/codemodel";
import { AutoRestExtension, Channel, type AutorestExtensionHost } from "@autorest/extension-base";
import { load } from "js-yaml";
import { inputFiles, readSettings, reportsRefusals } from "./config.js";
import { emit } from "./emit.js";
import { EmitterError } from "./errors.js";
import { warmUpFormatter } from "./format.js";

const CODE_MODEL = "code-model-v4-no-tags.yaml";

/** What a refusal looks like as data (`rlc-emitter-refusals: report`). */
const REFUSAL_FILE = "REFUSED.json";

async function run(host: AutorestExtensionHost): Promise<void> {
  const spec = await inputFiles(host);
  try {
    const inputs = await host.listInputs();
    const name = inputs.find((i) => i === CODE_MODEL) ?? inputs[0];
    if (!name) throw new EmitterError("NO_CODE_MODEL", "modelerfour produced no code model");
    // js-yaml resolves modelerfour's anchors into a shared (possibly cyclic) object graph.
    const codeModel = load(await host.readFile(name)) as CodeModel;
    for (const file of await emit(codeModel, await readSettings(host))) {
      host.writeFile({
        filename: file.path,
        content: file.content,
        artifactType: "source-file-typescript",
      });
    }
  } catch (error) {
    if (error instanceof EmitterError && (await reportsRefusals(host))) {
      // One AutoRest batch can then hold specs that must be refused next to ones that generate.
      const { code, message, pointer } = error;
      host.writeFile({
        filename: REFUSAL_FILE,
        content: `${JSON.stringify({ spec, code, message, pointer }, null, 2)}\n`,
        artifactType: "source-file-typescript",
      });
      return;
    }
    const err = error as Error;
    const code = error instanceof EmitterError ? ` [${error.code}]` : "";
    host.message({ Channel: Channel.Fatal, Text: `rlc-emitter${code}: ${spec}: ${err.message}` });
    throw error;
  }
}

const extension = new AutoRestExtension();
extension.add("rlc-emitter", run);
void extension.run();
// AutoRest sends GetPluginNames as it starts this process and runs no pipeline before every
// extension answers; the answer goes out in the event loop's first turns. Prettier then loads
// while AutoRest runs its loaders and modelerfour, rather than when the first file is formatted.
setTimeout(() => void warmUpFormatter().catch(() => undefined), 50);
