// npm run typecheck: the whole workspace in strict mode.
import { typecheck } from '../tasks';

process.exit(typecheck());
