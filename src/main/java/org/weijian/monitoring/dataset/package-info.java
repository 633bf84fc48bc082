/**
 * 数据集 — monitoring datasets: a month of settlement extracts (visits, fee lines, knowledge base, optional peer
 * groups) uploaded into the application's storage or registered from a server directory under a configured import
 * root, with size and SHA-256, limited by region. {@link org.weijian.monitoring.dataset.Datasets} is the entry point;
 * a named interface so that the demo loader can register the sample through it.
 */
@NamedInterface("dataset")
@NullMarked
package org.weijian.monitoring.dataset;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
