/**
 * The ledger's public pages: one entry with its inclusion proof and verification result, and the
 * receipt (leaf hash and QR code) that printed documents include as a template fragment.
 */
@NullMarked
package org.weijian.ledger.web;

import org.jspecify.annotations.NullMarked;
