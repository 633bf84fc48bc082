/**
 * The registry of supervised subjects: medical institutions, public-health units of extensible
 * categories, practitioners and their multi-site filings, licences (行政许可) with their full history,
 * and electronic registration requests (电子化注册) decided maker-checker.
 */
@ApplicationModule(displayName = "Registry of supervised subjects", allowedDependencies = { "shared", "identity", "region", "ledger" })
@NullMarked
package org.weijian.registry;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
