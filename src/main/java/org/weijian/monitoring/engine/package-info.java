/**
 * The claims rule engine (规则引擎): the versioned rule base (规则库), the 15 rules as engine-neutral SQL over views
 * named after the extract tables, the DuckDB dialect and the {@code monitor} command. Pure code with no Spring;
 * exposed as a named interface so that the application's {@code main} can dispatch the command before Spring starts.
 */
@NamedInterface("engine")
@NullMarked
package org.weijian.monitoring.engine;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
