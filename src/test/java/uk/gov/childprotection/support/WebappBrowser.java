package uk.gov.childprotection.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A browser's session with the Camunda webapps: cookies kept, Tasklist opened, the login form sent. */
public final class WebappBrowser {

    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
    private final String base;

    public WebappBrowser(int port) {
        this.base = "http://localhost:" + port;
    }

    /** Opens Tasklist, as a browser does first: the session begins and the webapp hands out its CSRF cookie. */
    public WebappBrowser openTasklist() throws IOException, InterruptedException {
        client.send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/tasklist/")).build(),
                HttpResponse.BodyHandlers.discarding());
        return this;
    }

    /** Sends Tasklist's login form, with the CSRF token from the cookie or, to test the check, without it. */
    public HttpResponse<String> login(String user, boolean withCsrfToken) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(base + "/camunda/api/admin/auth/user/default/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password="
                        + TestStaff.password(user)));
        if (withCsrfToken) {
            request.header("X-XSRF-TOKEN", csrfCookie());
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public String csrfCookie() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().orElse("");
    }

    public HttpClient client() {
        return client;
    }

    public String base() {
        return base;
    }
}
