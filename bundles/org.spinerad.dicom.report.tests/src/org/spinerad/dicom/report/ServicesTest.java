package org.spinerad.dicom.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.spinerad.cli.CliCommand;

/** The components are registered by Declarative Services, as the workstation and the CLI find them. */
class ServicesTest {

	@Test
	void commandsAndPacsServiceAreRegistered() throws Exception {
		BundleContext context = FrameworkUtil.getBundle(ServicesTest.class).getBundleContext();
		if (context == null) { // the host bundle is lazy: start it as the CLI's service lookup would
			FrameworkUtil.getBundle(ServicesTest.class).start();
			context = FrameworkUtil.getBundle(ServicesTest.class).getBundleContext();
		}
		List<String> names = new ArrayList<>();
		for (ServiceReference<CliCommand> ref : context.getServiceReferences(CliCommand.class, null)) {
			CliCommand command = context.getService(ref);
			if (command.getClass().getName().startsWith("org.spinerad.dicom")) {
				names.add(command.name());
			}
			context.ungetService(ref);
		}
		names.sort(null);
		assertEquals(List.of("export-sr", "import-dicom", "stow"), names);
		ServiceReference<PacsService> pacs = context.getServiceReference(PacsService.class);
		assertNotNull(pacs, "PacsService is registered");
		assertNotNull(context.getService(pacs));
	}
}
