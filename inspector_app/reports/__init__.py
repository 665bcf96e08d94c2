"""Documents made from an inspection: the minutes (biên bản kiểm tra) as a PDF.

Qt-free. :mod:`~inspector_app.reports.minutes` holds the data classes and ``render_minutes``;
:mod:`~inspector_app.reports.build` gathers the input from the services;
:mod:`~inspector_app.reports.export` writes the file (the CLI's ``inspector export``).
"""
