import { describe, expect, test } from "vitest";
import { bindHost, isLoopbackHost, localUrl } from "@/lib/http/bind-address";

describe("the address the server binds", () => {
  test("is the loopback interface unless HOST says otherwise", () => {
    expect(bindHost({})).toBe("127.0.0.1");
    expect(bindHost({ HOST: "  " })).toBe("127.0.0.1");
    expect(bindHost({ HOST: "0.0.0.0" })).toBe("0.0.0.0");
  });

  test.each([
    ["127.0.0.1", true],
    ["127.1.2.3", true],
    ["localhost", true],
    ["::1", true],
    ["[::1]", true],
    ["0.0.0.0", false],
    ["::", false],
    ["192.168.1.20", false],
    ["dangke.example.org", false],
  ])("%s is loopback: %s", (host, loopback) => {
    expect(isLoopbackHost(host)).toBe(loopback);
  });

  test("is reached from this machine through loopback when it is every interface", () => {
    expect(localUrl("0.0.0.0", 3000, "/login")).toBe("http://127.0.0.1:3000/login");
    expect(localUrl("::", 3000)).toBe("http://127.0.0.1:3000/");
    expect(localUrl("::1", 3000)).toBe("http://[::1]:3000/");
    expect(localUrl("10.1.2.3", 8080, "/x")).toBe("http://10.1.2.3:8080/x");
  });
});
