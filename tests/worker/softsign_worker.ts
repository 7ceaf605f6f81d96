/** A worker script of one's own: it registers the plugins its models name, then serves. */
import "./softsign.ts";
import { serveFit } from "../../worker/mod.ts";

serveFit();
