export * from "./skeleton/joints.js";
