/**
 * Identity: users with roles and a data scope (region subtree, department, institution), login and API
 * tokens, and the audit trail of every change (who, when, what, before and after). Other modules ask
 * {@link org.weijian.identity.CurrentUsers} who is acting and record changes through
 * {@link org.weijian.identity.AuditTrail}. Depends on {@code shared} and appends account acts to the {@code ledger}.
 */
@ApplicationModule(displayName = "Identity and audit", allowedDependencies = { "shared", "ledger" })
@NullMarked
package org.weijian.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
