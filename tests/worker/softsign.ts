/** A custom activation, registered as "softsign" on import: on the calling thread and in softsign_worker.ts. */
import { type Activation, activations } from "../../mod.ts";

/** `z / (1 + |z|)`. */
export const softsign: Activation = {
  name: "softsign",
  forward(z, a) {
    for (let i = 0; i < z.data.length; i++) a.data[i] = z.data[i] / (1 + Math.abs(z.data[i]));
  },
  backward(z, _a, da, dz) {
    for (let i = 0; i < z.data.length; i++) {
      dz.data[i] = da.data[i] / (1 + Math.abs(z.data[i])) ** 2;
    }
  },
};

if (!activations.has("softsign")) activations.register("softsign", softsign);
