import { describe, expect, it } from "vitest";
import { hasDanglingReference } from "@/lib/questions/dangling-reference";

describe("stems that lean on what the course said before (stop 30)", () => {
  it("takes an opening frame pointing back with 这 or 此 (在这方面, 从这个意义上, 就此问题上)", () => {
    expect(hasDanglingReference("在这方面，我们最深刻的体会是必须坚持______。")).toBe(true);
    expect(hasDanglingReference("从这个意义上说，______是党的生命线。")).toBe(true);
    expect(hasDanglingReference("在这一点上，各级组织都要坚持______。")).toBe(true);
  });

  it("leaves a frame that names its own matter", () => {
    expect(hasDanglingReference("在思想建设方面，全党必须坚持______。")).toBe(false);
    expect(hasDanglingReference("在党的建设中，必须把______放在首位。")).toBe(false);
  });
});
