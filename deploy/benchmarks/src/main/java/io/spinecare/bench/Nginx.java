package io.spinecare.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** nginx as the reference reverse-proxy hop, when the machine has it; absent otherwise. */
final class Nginx implements AutoCloseable {

    final int port;
    private final Process process;

    private Nginx(int port, Process process) {
        this.port = port;
        this.process = process;
    }

    static Nginx startInFront(int backendPort, Path workDir) throws IOException, InterruptedException {
        Path binary = Path.of("/usr/sbin/nginx");
        if (!Files.isExecutable(binary)) {
            return null;
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Files.createDirectories(workDir.resolve("logs"));
        Path conf = workDir.resolve("nginx.conf");
        Files.writeString(
                conf,
                """
                worker_processes 1;
                error_log %s/logs/error.log;
                pid %s/nginx.pid;
                events { worker_connections 1024; }
                http {
                  access_log off;
                  upstream backend { server 127.0.0.1:%d; keepalive 64; }
                  server {
                    listen 127.0.0.1:%d;
                    location / {
                      proxy_pass http://backend;
                      proxy_http_version 1.1;
                      proxy_set_header Connection "";
                    }
                  }
                }
                """
                        .formatted(workDir, workDir, backendPort, port));
        Process nginx = new ProcessBuilder(
                        binary.toString(), "-c", conf.toString(), "-p", workDir.toString(), "-g", "daemon off;")
                .redirectErrorStream(true)
                .redirectOutput(workDir.resolve("logs/stdout.log").toFile())
                .start();
        for (int attempt = 0; attempt < 100 && nginx.isAlive(); attempt++) {
            try (java.net.Socket probe = new java.net.Socket("127.0.0.1", port)) {
                return new Nginx(port, nginx);
            } catch (IOException notYet) {
                TimeUnit.MILLISECONDS.sleep(50);
            }
        }
        nginx.destroy();
        return null;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor(10, TimeUnit.SECONDS);
    }
}
