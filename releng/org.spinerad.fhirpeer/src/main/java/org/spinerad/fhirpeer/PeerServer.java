package org.spinerad.fhirpeer;

import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.ImagingStudy;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.RestfulServer;

/**
 * A FHIR R4 server on loopback: HAPI's RestfulServer on Jetty, resources in
 * memory. Usage: {@code PeerServer [port]} (0 or nothing: a free port). Once
 * it listens it prints one line, {@code FHIR peer at <base URL>}, on standard
 * output; it stops when its standard input ends, so it never outlives the
 * process that started it.
 */
public final class PeerServer {

	private static final List<Class<? extends Resource>> TYPES = List.of(Patient.class, ImagingStudy.class,
			Observation.class, DiagnosticReport.class, Bundle.class);

	private PeerServer() {
	}

	public static void main(String[] args) throws Exception {
		System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
		int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;
		FhirContext context = FhirContext.forR4();
		ResourceStore store = new ResourceStore();
		Validation validation = new Validation(context);
		RestfulServer fhir = new RestfulServer(context);
		fhir.setResourceProviders(TYPES.stream()
				.<IResourceProvider>map(t -> new MemoryProvider(t, store, validation)).toList());
		Set<String> types = TYPES.stream().filter(t -> t != Bundle.class).map(t -> t.getSimpleName())
				.collect(Collectors.toSet());
		fhir.registerProvider(new TransactionProvider(store, types));

		Server server = new Server();
		ServerConnector connector = new ServerConnector(server);
		connector.setHost("127.0.0.1");
		connector.setPort(port);
		server.addConnector(connector);
		ServletContextHandler handler = new ServletContextHandler();
		handler.setContextPath("/");
		handler.addServlet(new ServletHolder(fhir), "/fhir/*");
		server.setHandler(handler);
		server.start();
		Thread warmUp = new Thread(() -> validation.validate("{\"resourceType\":\"Patient\"}"), "validator warm-up");
		warmUp.setDaemon(true);
		warmUp.start();
		System.out.println("FHIR peer at http://127.0.0.1:" + connector.getLocalPort() + "/fhir");
		System.out.flush();
		try (InputStream in = System.in) {
			while (in.read() >= 0) {
				// wait for the end of the input
			}
		}
		server.stop();
		System.exit(0);
	}
}
