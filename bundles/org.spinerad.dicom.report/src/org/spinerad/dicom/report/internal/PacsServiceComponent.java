package org.spinerad.dicom.report.internal;

import org.osgi.service.component.annotations.Component;
import org.spinerad.dicom.report.PacsService;

/** The {@link PacsService} of the workstation: DICOMweb to the PACS of the settings. */
@Component(service = PacsService.class)
public final class PacsServiceComponent extends DicomWebPacs {
}
