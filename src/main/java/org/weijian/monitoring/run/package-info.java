/**
 * 运行 — monitoring runs: a dataset screened under a rule-base version on a background executor (or synchronously),
 * the stored findings, skipped rows and problems, the downloads, and replays (回放) of a dataset under another version
 * with the difference. {@link org.weijian.monitoring.run.Runs} is the entry point; a named interface so that the demo
 * loader can run the sample through it.
 */
@NamedInterface("run")
@NullMarked
package org.weijian.monitoring.run;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
