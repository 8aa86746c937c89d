/**
 * The journey of a signed report: {@link org.spinerad.distribution.DistributionService}
 * renders it once and queues it on every
 * {@link org.spinerad.distribution.DistributionChannel} that applies (RIS, PACS,
 * later PDF or FHIR), and keeps one {@link org.spinerad.distribution.ChannelState}
 * per report and channel.
 */
package org.spinerad.distribution;
