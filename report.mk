# Report targets; include from the Makefile with:  include report.mk
#   make report RESULTS=results/<name>        rebuild aggregate.csv, summary.json and report/ from the CSVs
#   make check-report RESULTS=results/<name>  open the page in headless Chromium, check it, take a screenshot
RESULTS ?= results/$(basename $(notdir $(SPEC)))
SCREENSHOT ?= $(RESULTS)/report-screenshot.png

.PHONY: report check-report

report: $(JAR)
	java -jar $(JAR) report $(RESULTS)

check-report:
	scripts/check-report.sh $(RESULTS) $(SCREENSHOT)
