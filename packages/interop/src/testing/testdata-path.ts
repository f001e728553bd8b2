/** The real files the tests read live in the repository's own `testdata/` folder (one resolver for every package). */
export { testdataPath } from "../../../../testdata/testdata-path.js";
