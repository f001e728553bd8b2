#!/usr/bin/env node
import "../dist/hipcheck.js";
