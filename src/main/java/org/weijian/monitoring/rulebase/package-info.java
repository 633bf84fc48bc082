/**
 * 规则库版本 — rule-base versions kept in the database: the shipped {@code v1}, new versions derived from an
 * existing one by changing parameter values, each immutable, audited and entered in the supervision ledger.
 * {@link org.weijian.monitoring.rulebase.RuleBases} is the entry point; a named interface so that the demo loader
 * can create a version through it.
 */
@NamedInterface("rulebase")
@NullMarked
package org.weijian.monitoring.rulebase;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
