"""The demo articles: the agency's work told in plain Vietnamese, from the facts in
shared/reference (numbers and dates only from there). Articles that are not real news (advice,
the portal's own features) are marked `sample` and say so on their page.

Each entry: slug; for a report of a dated event, its date (the article is dated that day; the
others are published when seeded, newest first); category; title and lead and body (paragraphs)
per language; picture; the ethnic groups (official names) and provinces it concerns; and the
numbers of the legal documents it is about (linked when the demo documents exist).
"""

ARTICLES = [
    {
        "slug": "hop-ban-chi-dao-chuyen-doi-so-ngay-20-10-2021",
        "date": "2021-10-20",
        "category": "chuyen-doi-so",
        "picture": "hop",
        "title": {
            "vi": "Ban Chỉ đạo chuyển đổi số họp tại Ủy ban Dân tộc ngày 20/10/2021",
            "en": "Digital-transformation steering committee meets at the Committee on 20/10/2021",
        },
        "lead": {
            "vi": "Ngày 20/10/2021, Ban Chỉ đạo chuyển đổi số của Ủy ban Dân tộc họp tại trụ sở "
            "cơ quan để bàn kế hoạch đưa thông tin chính sách đến gần hơn với đồng bào dân tộc "
            "thiểu số.",
            "en": "On 20/10/2021 the digital-transformation steering committee of the Committee "
            "for Ethnic Minority Affairs met at the agency to discuss its plan for bringing "
            "policy information closer to ethnic-minority citizens.",
        },
        "body": {
            "vi": [
                "Cuộc họp bàn về kế hoạch chuyển đổi số của Ủy ban Dân tộc. Một việc chính của "
                "kế hoạch là xây dựng hệ thống thông tin giúp đồng bào dân tộc thiểu số tiếp "
                "cận chủ trương của Đảng, chính sách và pháp luật của Nhà nước.",
                "Kế hoạch cũng đặt ra một kênh trực tuyến giữa cơ quan với người dân và doanh "
                "nghiệp, để hỏi và trả lời về công tác dân tộc và chính sách dân tộc.",
                "Cổng thông tin chính sách dân tộc mà bạn đang đọc được làm ra từ yêu cầu đó: "
                "tra cứu chính sách dễ hiểu, đọc được trên điện thoại, và gửi câu hỏi không cần "
                "tài khoản.",
            ],
            "en": [
                "The meeting discussed the Committee's digital-transformation plan. One of its "
                "main tasks is an information system that helps ethnic-minority citizens reach "
                "the Party's guidelines and the State's policy and law.",
                "The plan also calls for an online channel between the agency, citizens and "
                "businesses for questions and answers on ethnic affairs and ethnic policy.",
                "The ethnic policy portal you are reading was built from that request: policies "
                "explained simply, readable on a phone, and questions sent without an account.",
            ],
        },
    },
    {
        "slug": "bo-dan-toc-va-ton-giao-di-vao-hoat-dong",
        "category": "hoat-dong",
        "picture": "hop",
        "title": {
            "vi": "Bộ Dân tộc và Tôn giáo đi vào hoạt động từ ngày 01/03/2025",
            "en": "The Ministry of Ethnic and Religious Affairs has been at work since 01/03/2025",
        },
        "lead": {
            "vi": "Ủy ban Dân tộc cùng với nhiệm vụ quản lý nhà nước về tôn giáo trở thành Bộ "
            "Dân tộc và Tôn giáo, hoạt động từ ngày 01/03/2025.",
            "en": "The Committee for Ethnic Minority Affairs, together with the state management "
            "of religion, became the Ministry of Ethnic and Religious Affairs on 01/03/2025.",
        },
        "body": {
            "vi": [
                "Bộ được lập theo Nghị quyết 176/2025/QH15 của Quốc hội. Chức năng, nhiệm vụ của "
                "Bộ được quy định tại Nghị định 41/2025/NĐ-CP.",
                "Trụ sở của Bộ ở số 349 Đội Cấn, Ba Đình, Hà Nội. Các chính sách dân tộc đang "
                "áp dụng vẫn tiếp tục được thực hiện; người dân có thể tra cứu trên cổng này.",
            ],
            "en": [
                "The Ministry was established by Resolution 176/2025/QH15 of the National "
                "Assembly. Its functions and tasks are set out in Decree 41/2025/NĐ-CP.",
                "Its head office is at 349 Đội Cấn, Ba Đình, Hà Nội. Ethnic policies in force "
                "continue to apply; citizens can look them up on this portal.",
            ],
        },
    },
    {
        "slug": "danh-sach-xa-thon-vung-dong-bao-dan-toc-thieu-so-2026-2030",
        "date": "2026-01-29",
        "documents": ["861/QĐ-TTg", "612/QĐ-UBDT"],
        "category": "chinh-sach-dan-toc",
        "picture": "ruong",
        "title": {
            "vi": "Công bố danh sách xã, thôn vùng đồng bào dân tộc thiểu số giai đoạn 2026–2030",
            "en": "Lists of communes and villages in ethnic-minority areas for 2026–2030 published",
        },
        "lead": {
            "vi": "Quyết định 60/QĐ-BDTTG ngày 29/01/2026 của Bộ Dân tộc và Tôn giáo công bố "
            "danh sách xã khu vực I, II, III và thôn đặc biệt khó khăn giai đoạn 2026–2030.",
            "en": "Decision 60/QĐ-BDTTG of 29/01/2026 of the Ministry of Ethnic and Religious "
            "Affairs lists the region I, II and III communes and especially difficult villages "
            "for 2026–2030.",
        },
        "body": {
            "vi": [
                "Quyết định có hiệu lực từ ngày ký. Có 1.333 xã thuộc vùng đồng bào dân tộc "
                "thiểu số và miền núi, cùng 161 xã ngoài vùng nhưng có thôn đồng bào dân tộc "
                "thiểu số.",
                "Trong đó có 250 xã khu vực I, 259 xã khu vực II và 824 xã khu vực III. Danh sách "
                "gồm 30.591 thôn, trong đó 12.368 thôn đặc biệt khó khăn.",
                "Muốn biết xã, thôn của mình thuộc khu vực nào, bà con hỏi Ủy ban nhân dân xã "
                "hoặc gửi câu hỏi trên cổng này.",
            ],
            "en": [
                "The decision took effect on signing. It lists 1,333 communes in the "
                "ethnic-minority and mountainous area, plus 161 communes outside it that have "
                "ethnic-minority villages.",
                "Of these, 250 communes are in region I, 259 in region II and 824 in region III. "
                "The list has 30,591 villages, 12,368 of them especially difficult.",
                "To find out which region your commune or village is in, ask the commune "
                "People's Committee or send a question on this portal.",
            ],
        },
    },
    {
        "slug": "dot-hai-danh-sach-xa-thon-2026-2030",
        "date": "2026-02-27",
        "documents": ["861/QĐ-TTg", "612/QĐ-UBDT"],
        "category": "chinh-sach-dan-toc",
        "picture": "ruong",
        "title": {"vi": "Đợt hai danh sách xã, thôn giai đoạn 2026–2030 cho 6 tỉnh"},
        "lead": {
            "vi": "Ngày 27/02/2026, Bộ Dân tộc và Tôn giáo ban hành Quyết định 104/QĐ-BDTTG, "
            "đợt hai của danh sách xã, thôn vùng đồng bào dân tộc thiểu số, cho 6 tỉnh."
        },
        "body": {
            "vi": [
                "Quyết định 104/QĐ-BDTTG bổ sung cho Quyết định 60/QĐ-BDTTG ngày 29/01/2026.",
                "Hai quyết định này thay cho các danh sách của giai đoạn 2021–2025: Quyết định "
                "861/QĐ-TTg về xã (được sửa bởi Quyết định 698/QĐ-TTg ngày 19/07/2024) và Quyết "
                "định 612/QĐ-UBDT về thôn.",
            ]
        },
    },
    {
        "slug": "tieu-chi-moi-xac-dinh-vung-dong-bao-dan-toc-thieu-so",
        "documents": ["272/2025/NĐ-CP", "33/2020/QĐ-TTg"],
        "category": "chinh-sach-dan-toc",
        "picture": "nui",
        "title": {
            "vi": "Tiêu chí mới xác định vùng đồng bào dân tộc thiểu số và miền núi",
            "en": "New criteria for ethnic-minority and mountainous areas",
        },
        "lead": {
            "vi": "Nghị định 272/2025/NĐ-CP ký ngày 16/10/2025, có hiệu lực từ 01/12/2025, quy "
            "định cách phân định xã, phường, đặc khu và thôn đặc biệt khó khăn giai đoạn "
            "2026–2030.",
            "en": "Decree 272/2025/NĐ-CP, signed on 16/10/2025 and in force since 01/12/2025, "
            "sets how communes, wards, special zones and especially difficult villages are "
            "classified for 2026–2030.",
        },
        "body": {
            "vi": [
                "Một thôn thuộc vùng đồng bào dân tộc thiểu số khi có từ 15% dân số trở lên là "
                "người dân tộc thiểu số. Một xã thuộc vùng khi có từ 15% dân số là người dân tộc "
                "thiểu số, hoặc có từ 4.500 người dân tộc thiểu số trở lên.",
                "Xã được coi là miền núi khi có từ 2/3 diện tích trở lên ở độ cao từ 200 mét, "
                "hoặc có từ 2/3 số thôn là thôn miền núi.",
                "Sau khi sắp xếp xã năm 2025, cách chia xã theo khu vực I, II, III vẫn được giữ.",
            ],
            "en": [
                "A village is in the ethnic-minority area when at least 15% of its residents "
                "belong to a minority. A commune is when at least 15% of its people, or at "
                "least 4,500 people, belong to a minority.",
                "A commune counts as mountainous when at least two thirds of its area lies at "
                "200 metres or higher, or at least two thirds of its villages are mountainous.",
                "After the 2025 commune mergers, communes are still classified into regions I, "
                "II and III.",
            ],
        },
    },
    {
        "slug": "gop-ba-chuong-trinh-muc-tieu-quoc-gia-2026-2035",
        "documents": ["257/2025/QH15", "1719/QĐ-TTg"],
        "category": "chinh-sach-dan-toc",
        "picture": "ruong",
        "title": {
            "vi": "Ba chương trình mục tiêu quốc gia được gộp làm một cho giai đoạn 2026–2035",
            "en": "Three national target programmes merged into one for 2026–2035",
        },
        "lead": {
            "vi": "Nghị quyết 257/2025/QH15 được Quốc hội thông qua ngày 11/12/2025 gộp ba "
            "chương trình: nông thôn mới, giảm nghèo bền vững, và phát triển vùng đồng bào dân "
            "tộc thiểu số và miền núi.",
            "en": "Resolution 257/2025/QH15, passed on 11/12/2025, merges three programmes: new "
            "rural development, sustainable poverty reduction, and the development of "
            "ethnic-minority and mountainous areas.",
        },
        "body": {
            "vi": [
                "Chương trình chung kéo dài từ năm 2026 đến năm 2035. Số vốn cho giai đoạn "
                "2026–2030 khoảng 423.000 tỷ đồng.",
                "Không có “giai đoạn II” riêng của Chương trình 1719. Các dự án của giai đoạn "
                "2021–2025 vẫn tiếp tục được giải ngân trong năm 2026.",
            ],
            "en": [
                "The merged programme runs from 2026 to 2035, with about 423,000 billion VND "
                "for 2026–2030.",
                "There is no separate “phase II” of Programme 1719. Projects of 2021–2025 are "
                "still being paid out in 2026.",
            ],
        },
    },
    {
        "slug": "chinh-phu-ban-hanh-ke-hoach-thuc-hien-nghi-quyet-257",
        "documents": ["424/NQ-CP", "257/2025/QH15"],
        "category": "chinh-sach-dan-toc",
        "picture": "hop",
        "title": {"vi": "Chính phủ ban hành kế hoạch thực hiện Nghị quyết 257/2025/QH15"},
        "lead": {
            "vi": "Ngày 30/12/2025, Chính phủ ban hành Nghị quyết 424/NQ-CP, kế hoạch thực hiện "
            "chương trình mục tiêu quốc gia chung giai đoạn 2026–2035."
        },
        "body": {
            "vi": [
                "Kế hoạch giao việc cho các bộ, ngành và địa phương để triển khai Nghị quyết "
                "257/2025/QH15 của Quốc hội.",
                "Người dân theo dõi các chính sách cụ thể của chương trình trên trang Chính sách "
                "của cổng này khi chúng được ban hành.",
            ]
        },
    },
    {
        "slug": "phe-duyet-chuong-trinh-chung-giai-doan-2026-2030",
        "documents": ["417/QĐ-BNNMT", "1719/QĐ-TTg"],
        "category": "chinh-sach-dan-toc",
        "picture": "ruong",
        "title": {"vi": "Phê duyệt chương trình chung giai đoạn 2026–2030"},
        "lead": {
            "vi": "Quyết định 417/QĐ-BNNMT ngày 31/01/2026 của Bộ Nông nghiệp và Môi trường phê "
            "duyệt chương trình chung giai đoạn 2026–2035, giai đoạn I từ 2026 đến 2030."
        },
        "body": {
            "vi": [
                "Chương trình này nối tiếp Chương trình 1719 về phát triển kinh tế – xã hội vùng "
                "đồng bào dân tộc thiểu số và miền núi.",
                "Khoảng 45.000 tỷ đồng vốn của giai đoạn 2021–2025 được chuyển sang năm 2026, "
                "nên các dự án của Chương trình 1719 vẫn được chi trả trong năm 2026.",
            ]
        },
    },
    {
        "slug": "du-toan-2026-cho-cac-chuong-trinh-muc-tieu-quoc-gia",
        "category": "chinh-sach-dan-toc",
        "picture": "nui",
        "title": {"vi": "Dự toán năm 2026 cho các chương trình mục tiêu quốc gia"},
        "lead": {
            "vi": "Theo Nghị quyết 246/2025/QH15, ngân sách năm 2026 cho tất cả các chương "
            "trình mục tiêu quốc gia là 35.000 tỷ đồng."
        },
        "body": {
            "vi": [
                "Số tiền này dành cho các chương trình mục tiêu quốc gia nói chung, trong đó có "
                "chương trình chung về nông thôn mới, giảm nghèo và vùng đồng bào dân tộc thiểu "
                "số.",
            ]
        },
    },
    {
        "slug": "34-tinh-thanh-va-3321-xa-phuong-tu-01-07-2025",
        "date": "2025-07-01",
        "category": "hoat-dong",
        "picture": "nui",
        "title": {
            "vi": "Từ ngày 01/07/2025 cả nước có 34 tỉnh, thành phố và 3.321 xã, phường, đặc khu",
            "en": "Since 01/07/2025 the country has 34 provinces and 3,321 communes",
        },
        "lead": {
            "vi": "Theo Nghị quyết 202/2025/QH15, cả nước có 34 đơn vị hành chính cấp tỉnh; cấp "
            "huyện không còn; các xã được sắp xếp lại thành 3.321 đơn vị cấp xã.",
            "en": "Under Resolution 202/2025/QH15 the country has 34 province-level units; "
            "districts were abolished and communes merged into 3,321 commune-level units.",
        },
        "body": {
            "vi": [
                "Các văn bản ban hành trước tháng 7/2025 vẫn ghi tên tỉnh, huyện, xã cũ. Trên "
                "cổng này, tên cũ được giữ như trong văn bản, và bộ lọc theo tỉnh dùng tên tỉnh "
                "mới.",
            ],
            "en": [
                "Documents issued before July 2025 still name the old provinces, districts and "
                "communes. This portal shows them as written and filters by today's provinces.",
            ],
        },
    },
    {
        "slug": "ho-tro-hoc-sinh-ban-tru-theo-nghi-dinh-66-2025",
        "documents": ["66/2025/NĐ-CP", "116/2016/NĐ-CP"],
        "category": "chinh-sach-dan-toc",
        "picture": "truong",
        "title": {
            "vi": "Học sinh bán trú, nội trú được hỗ trợ tiền ăn và gạo theo Nghị định 66/2025",
            "en": "Boarding pupils get food money and rice under Decree 66/2025",
        },
        "lead": {
            "vi": "Nghị định 66/2025/NĐ-CP ký ngày 12/03/2025, có hiệu lực từ 01/05/2025, hỗ "
            "trợ trẻ mầm non và học sinh ở vùng đồng bào dân tộc thiểu số.",
            "en": "Decree 66/2025/NĐ-CP, signed on 12/03/2025 and in force since 01/05/2025, "
            "supports nursery children and pupils in ethnic-minority areas.",
        },
        "body": {
            "vi": [
                "Trẻ mầm non được hỗ trợ tiền ăn trưa 360.000 đồng mỗi tháng.",
                "Học sinh bán trú, nội trú được hỗ trợ tiền ăn 936.000 đồng và 15 kg gạo mỗi "
                "tháng; học sinh phải tự lo chỗ ở được hỗ trợ 360.000 đồng mỗi tháng.",
                "Điều kiện về khoảng cách từ nhà đến trường là 4 km, 7 km hoặc 10 km tùy cấp "
                "học. Hãy hỏi nhà trường hoặc Ủy ban nhân dân xã để biết con em mình có được "
                "hưởng không.",
            ],
            "en": [
                "Nursery children get 360,000 VND a month for lunch.",
                "Boarding pupils get 936,000 VND and 15 kg of rice a month for food; pupils who "
                "find their own lodging get 360,000 VND a month.",
                "The distance from home to school that qualifies is 4, 7 or 10 km depending on "
                "the level. Ask the school or the commune People's Committee whether your child "
                "qualifies.",
            ],
        },
    },
    {
        "slug": "vay-von-lam-nha-o-theo-nghi-dinh-28-2022",
        "documents": ["28/2022/NĐ-CP"],
        "category": "chinh-sach-dan-toc",
        "picture": "nha",
        "title": {"vi": "Vay vốn ưu đãi để làm nhà ở theo Nghị định 28/2022/NĐ-CP"},
        "lead": {
            "vi": "Hộ nghèo dân tộc thiểu số có thể vay đến 40 triệu đồng để làm nhà ở, lãi "
            "suất 3% một năm, thời hạn đến 15 năm."
        },
        "body": {
            "vi": [
                "Theo Điều 14 Nghị định 28/2022/NĐ-CP, người được vay là hộ nghèo dân tộc thiểu "
                "số, và hộ nghèo người Kinh ở xã, thôn đặc biệt khó khăn.",
                "Hãy hỏi cán bộ Ngân hàng Chính sách xã hội hoặc Ủy ban nhân dân xã về giấy tờ "
                "cần chuẩn bị.",
            ]
        },
    },
    {
        "slug": "mien-giam-hoc-phi-theo-nghi-dinh-238-2025",
        "documents": ["238/2025/NĐ-CP", "81/2021/NĐ-CP"],
        "category": "chinh-sach-dan-toc",
        "picture": "truong",
        "title": {"vi": "Miễn, giảm học phí cho học sinh, sinh viên dân tộc thiểu số"},
        "lead": {
            "vi": "Nghị định 238/2025/NĐ-CP thay cho Nghị định 81/2021/NĐ-CP và Nghị định "
            "97/2023/NĐ-CP về học phí."
        },
        "body": {
            "vi": [
                "Được miễn học phí có: người thuộc dân tộc rất ít người ở vùng khó khăn, đặc biệt "
                "khó khăn; học sinh, sinh viên dân tộc thiểu số có cha mẹ hoặc ông bà là hộ "
                "nghèo, cận nghèo; học sinh dự bị đại học.",
                "Học sinh, sinh viên dân tộc thiểu số khác ở thôn đặc biệt khó khăn hoặc xã khu "
                "vực III được giảm 70% học phí.",
            ]
        },
    },
    {
        "slug": "the-bao-hiem-y-te-cho-nguoi-dan-toc-thieu-so",
        "category": "chinh-sach-dan-toc",
        "picture": "tram-y-te",
        "title": {"vi": "Ai được cấp thẻ bảo hiểm y tế miễn phí?"},
        "lead": {
            "vi": "Người dân tộc thiểu số được Nhà nước đóng bảo hiểm y tế khi đang sống ở vùng "
            "có điều kiện kinh tế – xã hội khó khăn hoặc đặc biệt khó khăn."
        },
        "body": {
            "vi": [
                "Quy định này nằm ở Điều 12 Luật Bảo hiểm y tế và khoản 9 Điều 3 Nghị định "
                "146/2018/NĐ-CP. Đây là câu hỏi bà con gửi đến nhiều nhất.",
                "Điều quan trọng là nơi đang sinh sống: xã, thôn của bạn có thuộc vùng khó khăn "
                "hay không. Hãy hỏi Ủy ban nhân dân xã hoặc gửi câu hỏi trên cổng này.",
            ]
        },
    },
    {
        "slug": "truyen-hinh-tieng-dan-toc-vtv5-2026-2030",
        "documents": ["2370/QĐ-TTg"],
        "category": "hoat-dong",
        "picture": "song",
        "title": {
            "vi": "Truyền hình tiếng dân tộc trên VTV5 giai đoạn 2026–2030",
            "en": "Ethnic-language television on VTV5, 2026–2030",
        },
        "lead": {
            "vi": "Quyết định 2370/QĐ-TTg ngày 27/10/2025 về truyền hình tiếng dân tộc giai "
            "đoạn 2026–2030: kênh VTV5 phát bằng 28 tiếng dân tộc thiểu số.",
            "en": "Decision 2370/QĐ-TTg of 27/10/2025 on ethnic-language television 2026–2030: "
            "VTV5 broadcasts in 28 minority languages.",
        },
        "body": {
            "vi": [
                "Con số 29 thứ tiếng thường được nhắc đến là tính cả tiếng Việt. Trong 28 tiếng "
                "dân tộc thiểu số, tiếng Cơ Ho và tiếng Mạ là hai tiếng mới.",
            ],
            "en": [
                "The “29 languages” often quoted include Vietnamese. Among the 28 minority "
                "languages, Co and Mạ are new.",
            ],
        },
    },
    {
        "slug": "vov4-phat-thanh-bang-12-tieng-dan-toc",
        "category": "hoat-dong",
        "picture": "song",
        "title": {"vi": "Nghe đài VOV4 bằng 12 tiếng dân tộc"},
        "lead": {
            "vi": "Kênh VOV4 phát thanh bằng 12 tiếng dân tộc: Mông, Dao, Thái, Ê Đê, Jrai, Ba "
            "Na, Xơ Đăng, K'Ho, Chăm, Khmer, M'Nông và Cơ Tu."
        },
        "groups": ["Mông", "Dao", "Thái", "Ê Đê", "Gia Rai", "Ba Na", "Xơ Đăng", "Chăm", "Khmer"],
        "body": {
            "vi": [
                "Bà con có thể nghe tin tức và chính sách bằng tiếng mẹ đẻ. Trên cổng này, một "
                "số chính sách cũng có bản đọc để nghe.",
            ]
        },
    },
    {
        "slug": "bao-dan-toc-va-phat-trien-sap-nhap-vao-vietnamnet",
        "category": "hoat-dong",
        "picture": "hop",
        "title": {"vi": "Báo Dân tộc và Phát triển được sáp nhập vào VietNamNet"},
        "lead": {
            "vi": "Theo Nghị định 114/2025/NĐ-CP, Báo Dân tộc và Phát triển được sáp nhập vào "
            "VietNamNet."
        },
        "body": {
            "vi": [
                "Vì vậy, chế độ cấp báo miễn phí theo Quyết định 12/2018/QĐ-TTg không còn đúng "
                "với thực tế như trước.",
            ]
        },
    },
    {
        "slug": "tieu-chi-nguoi-co-uy-tin-tu-15-01-2024",
        "documents": ["12/2018/QĐ-TTg", "28/2023/QĐ-TTg"],
        "category": "chinh-sach-dan-toc",
        "picture": "hop",
        "title": {"vi": "Tiêu chí mới chọn người có uy tín từ ngày 15/01/2024"},
        "lead": {
            "vi": "Quyết định 28/2023/QĐ-TTg sửa Quyết định 12/2018/QĐ-TTg về người có uy tín "
            "trong đồng bào dân tộc thiểu số, với tiêu chí mới áp dụng từ 15/01/2024."
        },
        "body": {
            "vi": [
                "Người có uy tín là cầu nối giữa bà con với chính quyền. Chế độ dành cho họ do "
                "Quyết định 12/2018/QĐ-TTg quy định, đã được sửa đổi.",
                "Hãy hỏi Ủy ban nhân dân xã để biết tiêu chí cụ thể và cách bình chọn.",
            ]
        },
    },
    {
        "slug": "gioi-han-tham-hoi-tang-qua-theo-nghi-dinh-127-2024",
        "documents": ["127/2024/NĐ-CP"],
        "category": "chinh-sach-dan-toc",
        "picture": "hop",
        "title": {"vi": "Nghị định 127/2024/NĐ-CP bổ sung mức thăm hỏi, tặng quà"},
        "lead": {
            "vi": "Nghị định 127/2024/NĐ-CP bổ sung Điều 12a về mức chi thăm hỏi, tặng quà cho "
            "một số cá nhân là người dân tộc thiểu số."
        },
        "body": {
            "vi": [
                "Với nguyên lãnh đạo và anh hùng: mỗi lần không quá 5 triệu đồng, mỗi năm không "
                "quá 10 triệu đồng. Với các đối tượng khác: mỗi lần không quá 1 triệu đồng, mỗi "
                "năm không quá 3 triệu đồng.",
            ]
        },
    },
    {
        "slug": "sua-doi-thong-tu-02-2022-tt-ubdt",
        "documents": ["02/2022/TT-UBDT"],
        "category": "chinh-sach-dan-toc",
        "picture": "ruong",
        "title": {"vi": "Thông tư 02/2023/TT-UBDT sửa đổi hướng dẫn Chương trình 1719"},
        "lead": {
            "vi": "Ngày 21/08/2023, Ủy ban Dân tộc ban hành Thông tư 02/2023/TT-UBDT sửa đổi "
            "Thông tư 02/2022/TT-UBDT hướng dẫn thực hiện một số dự án của Chương trình 1719."
        },
        "body": {
            "vi": [
                "Thông tư hướng dẫn các việc như hỗ trợ chuyển đổi nghề cho hộ không có đất sản "
                "xuất, và chọn học sinh dự bị đại học.",
            ]
        },
    },
    {
        "slug": "chuong-trinh-1719-muoi-du-an",
        "documents": ["1719/QĐ-TTg", "88/2019/QH14"],
        "category": "chinh-sach-dan-toc",
        "picture": "ruong",
        "title": {
            "vi": "Chương trình 1719: mười dự án cho vùng đồng bào dân tộc thiểu số",
            "en": "Programme 1719: ten projects for ethnic-minority areas",
        },
        "lead": {
            "vi": "Quyết định 1719/QĐ-TTg ngày 14/10/2021 phê duyệt Chương trình mục tiêu quốc "
            "gia phát triển kinh tế – xã hội vùng đồng bào dân tộc thiểu số và miền núi.",
            "en": "Decision 1719/QĐ-TTg of 14/10/2021 approved the national target programme "
            "for the socio-economic development of ethnic-minority and mountainous areas.",
        },
        "body": {
            "vi": [
                "Giai đoạn I từ 2021 đến 2025 có mười dự án: đất ở, nhà ở, nước sinh hoạt; sắp "
                "xếp, ổn định dân cư; phát triển sản xuất; hạ tầng; giáo dục; văn hóa và du "
                "lịch; y tế; bình đẳng giới và trẻ em; các dân tộc rất ít người; truyền thông "
                "và chuyển đổi số.",
                "Giai đoạn I đã kết thúc năm 2025, nhưng tiền của các dự án vẫn được giải ngân "
                "trong năm 2026.",
            ],
            "en": [
                "Phase I, 2021–2025, had ten projects: land, housing and water; arranging and "
                "stabilising population; production; infrastructure; education; culture and "
                "tourism; health; gender equality and children; very small ethnic groups; "
                "communication and digital transformation.",
                "Phase I ended in 2025, but money for its projects is still paid out in 2026.",
            ],
        },
    },
    {
        "slug": "de-an-tong-the-phat-trien-vung-dong-bao-2021-2030",
        "documents": ["88/2019/QH14", "1719/QĐ-TTg"],
        "category": "chinh-sach-dan-toc",
        "picture": "nui",
        "title": {"vi": "Đề án tổng thể phát triển vùng đồng bào dân tộc thiểu số 2021–2030"},
        "lead": {
            "vi": "Nghị quyết 88/2019/QH14 ngày 18/11/2019 của Quốc hội phê duyệt Đề án tổng "
            "thể phát triển kinh tế – xã hội vùng đồng bào dân tộc thiểu số và miền núi giai "
            "đoạn 2021–2030."
        },
        "body": {
            "vi": [
                "Nghị quyết này là nền tảng của Chương trình 1719 và các chính sách dân tộc "
                "giai đoạn 2021–2030.",
            ]
        },
    },
    {
        "slug": "ho-tro-them-cho-cac-dan-toc-rat-it-nguoi",
        "documents": ["57/2017/NĐ-CP", "238/2025/NĐ-CP"],
        "category": "chinh-sach-dan-toc",
        "picture": "nha",
        "title": {"vi": "16 dân tộc rất ít người được hỗ trợ thêm"},
        "lead": {
            "vi": "Các dân tộc có dưới 10.000 người được gọi là dân tộc rất ít người và được hỗ "
            "trợ thêm."
        },
        "groups": [
            "Cống",
            "Mảng",
            "Pu Péo",
            "Si La",
            "Cờ Lao",
            "Bố Y",
            "La Ha",
            "Ngái",
            "Chứt",
            "Ơ Đu",
            "Brâu",
            "Rơ Măm",
            "Lô Lô",
            "Lự",
            "Pà Thẻn",
            "La Hủ",
        ],  # fmt: skip
        "body": {
            "vi": [
                "Đó là các dân tộc: Cống, Mảng, Pu Péo, Si La, Cờ Lao, Bố Y, La Ha, Ngái, Chứt, "
                "Ơ Đu, Brâu, Rơ Măm, Lô Lô, Lự, Pà Thẻn, La Hủ.",
                "Học sinh của các dân tộc này được ưu tiên tuyển sinh theo Nghị định "
                "57/2017/NĐ-CP, và được miễn học phí khi ở vùng khó khăn theo Nghị định "
                "238/2025/NĐ-CP.",
            ]
        },
    },
    {
        "slug": "dieu-kien-cu-tuyen-theo-nghi-dinh-141-2020",
        "documents": ["141/2020/NĐ-CP"],
        "category": "chinh-sach-dan-toc",
        "picture": "truong",
        "title": {"vi": "Ai được cử tuyển vào đại học, cao đẳng?"},
        "lead": {
            "vi": "Nghị định 141/2020/NĐ-CP quy định chế độ cử tuyển: gửi học sinh đi học để "
            "về làm việc ở địa phương."
        },
        "body": {
            "vi": [
                "Người được cử tuyển gồm: người thuộc dân tộc rất ít người; và người dân tộc "
                "thiểu số ở vùng đặc biệt khó khăn, nơi chưa có hoặc có ít cán bộ là người dân "
                "tộc thiểu số.",
                "Điều kiện về nơi thường trú, tuổi và kết quả học tập xem trong Nghị định, hoặc "
                "hỏi Ủy ban nhân dân xã.",
            ]
        },
    },
    {
        "slug": "cong-thong-tin-cong-bo-van-ban-theo-nghi-dinh-42-2022",
        "category": "chuyen-doi-so",
        "picture": "dien-thoai",
        "title": {"vi": "Cổng thông tin công bố văn bản đầy đủ theo Nghị định 42/2022"},
        "lead": {
            "vi": "Nghị định 42/2022/NĐ-CP, có hiệu lực từ 15/08/2022, yêu cầu cổng thông tin "
            "của cơ quan nhà nước đăng văn bản với đầy đủ số hiệu, cơ quan ban hành, ngày ban "
            "hành, ngày hiệu lực và trích yếu."
        },
        "body": {
            "vi": [
                "Cổng thông tin cũng phải cho tìm kiếm, in và lưu mọi bài viết, và có thông tin "
                "bằng tiếng Anh về tổ chức, chức năng và liên hệ của cơ quan.",
                "Cổng thông tin chính sách dân tộc làm theo các yêu cầu này.",
            ]
        },
    },
    {
        "slug": "cong-thong-tin-cho-nguoi-khuyet-tat",
        "category": "chuyen-doi-so",
        "picture": "dien-thoai",
        "sample": True,
        "title": {"vi": "Cổng thông tin dùng được cho người khuyết tật"},
        "lead": {
            "vi": "Thông tư 26/2020/TT-BTTTT yêu cầu trang thông tin của cơ quan nhà nước dùng "
            "được cho người khuyết tật. Cổng này được làm theo chuẩn WCAG 2.1 mức AA."
        },
        "body": {
            "vi": [
                "Người khiếm thị dùng phần mềm đọc màn hình nghe được nội dung và mô tả của từng "
                "bức ảnh. Mọi trang dùng được bằng bàn phím, chữ đủ to và đủ tương phản.",
            ]
        },
    },
    {
        "slug": "bao-ve-du-lieu-ca-nhan-khi-gui-cau-hoi",
        "category": "chuyen-doi-so",
        "picture": "dien-thoai",
        "title": {
            "vi": "Dữ liệu cá nhân của bạn được bảo vệ khi gửi câu hỏi",
            "en": "Your personal data is protected when you send a question",
        },
        "lead": {
            "vi": "Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15 và Nghị định 356/2025/NĐ-CP có hiệu "
            "lực từ 01/01/2026.",
            "en": "The Law on Personal Data Protection 91/2025/QH15 and Decree 356/2025/NĐ-CP "
            "have been in force since 01/01/2026.",
        },
        "body": {
            "vi": [
                "Khi gửi câu hỏi, bạn được biết dữ liệu nào được dùng, để làm gì và ai chịu "
                "trách nhiệm. Không có ô đồng ý nào được đánh dấu sẵn.",
                "Dân tộc là dữ liệu nhạy cảm: ô chọn dân tộc trên mẫu câu hỏi là không bắt buộc "
                "và có ô đồng ý riêng.",
            ],
            "en": [
                "When you send a question you are told what data is used, for what and who is "
                "responsible. No consent box is ticked in advance.",
                "Ethnic origin is sensitive data: the ethnic-group field of the question form is "
                "optional and has a consent of its own.",
            ],
        },
    },
    {
        "slug": "tra-cuu-chinh-sach-danh-cho-toi-tren-dien-thoai",
        "category": "khoa-hoc-cong-nghe",
        "picture": "dien-thoai",
        "sample": True,
        "title": {"vi": "Tra cứu “Chính sách dành cho tôi” ngay trên điện thoại"},
        "lead": {
            "vi": "Chọn dân tộc, tỉnh và khu vực của xã, cổng thông tin sẽ liệt kê các chính "
            "sách có thể áp dụng cho bạn."
        },
        "body": {
            "vi": [
                "Trang này chạy nhanh cả khi mạng yếu và không cần cài ứng dụng. Mỗi chính sách "
                "ghi rõ vì sao nó hiện ra: dành cho dân tộc của bạn, áp dụng ở tỉnh của bạn.",
                "Kết quả chỉ để tham khảo; hãy hỏi Ủy ban nhân dân xã trước khi làm thủ tục.",
            ]
        },
    },
    {
        "slug": "doc-tin-bang-rss",
        "category": "khoa-hoc-cong-nghe",
        "picture": "dien-thoai",
        "sample": True,
        "title": {"vi": "Theo dõi tin tức của cổng bằng RSS"},
        "lead": {
            "vi": "Các cơ quan, trường học và báo chí có thể nhận tin mới của cổng một cách tự "
            "động qua nguồn tin RSS."
        },
        "body": {
            "vi": [
                "Địa chỉ nguồn tin là /rss/tin-tuc.xml; mỗi chuyên mục cũng có nguồn tin riêng.",
            ]
        },
    },
    {
        "slug": "giu-nguon-nuoc-sach-mua-mua-lu",
        "category": "moi-truong",
        "picture": "song",
        "sample": True,
        "title": {"vi": "Giữ nguồn nước sinh hoạt sạch trong mùa mưa lũ"},
        "lead": {
            "vi": "Bài hướng dẫn mẫu: những việc đơn giản để có nước sạch khi mưa lũ làm đục "
            "nguồn nước."
        },
        "body": {
            "vi": [
                "Đậy kín bể, chum chứa nước. Đun sôi nước trước khi uống. Không dùng nước ở nơi "
                "bị ngập để nấu ăn.",
                "Khi nguồn nước có mùi lạ hay đổi màu, hãy báo cho trạm y tế xã.",
            ]
        },
    },
    {
        "slug": "trong-va-giu-rung-dau-nguon",
        "category": "moi-truong",
        "picture": "rung",
        "sample": True,
        "title": {"vi": "Giữ rừng đầu nguồn là giữ nguồn nước cho bản làng"},
        "lead": {
            "vi": "Bài mẫu: rừng đầu nguồn giữ đất, giữ nước và giảm lũ quét cho các bản làng "
            "vùng núi."
        },
        "body": {
            "vi": [
                "Không đốt rừng làm nương ở sườn dốc gần nguồn nước. Khi thấy cháy rừng hoặc chặt "
                "phá rừng, hãy báo ngay cho chính quyền xã hoặc kiểm lâm.",
            ]
        },
    },
    {
        "slug": "phong-tranh-sat-lo-dat-mua-mua",
        "category": "phong-chong-thien-tai",
        "picture": "nui",
        "sample": True,
        "title": {
            "vi": "Nhận biết dấu hiệu sạt lở đất trong mùa mưa",
            "en": "Recognising the signs of a landslide in the rainy season",
        },
        "lead": {
            "vi": "Bài hướng dẫn mẫu: các dấu hiệu báo trước sạt lở đất và việc cần làm ngay.",
            "en": "A sample guide: the warning signs of a landslide and what to do at once.",
        },
        "body": {
            "vi": [
                "Dấu hiệu: mặt đất hoặc tường nhà nứt mới, cây cối nghiêng, nước suối đột nhiên "
                "đục hoặc cạn, nghe tiếng đất đá lăn.",
                "Khi thấy các dấu hiệu đó, hãy đưa người già, trẻ em ra khỏi nhà đến nơi an "
                "toàn và báo ngay cho trưởng thôn, chính quyền xã.",
            ],
            "en": [
                "Signs: new cracks in the ground or in house walls, trees leaning, a stream "
                "suddenly turning muddy or drying up, the sound of falling rocks.",
                "When you see them, take the elderly and children out of the house to a safe "
                "place and tell the village head and the commune at once.",
            ],
        },
    },
    {
        "slug": "chuan-bi-truoc-mua-lu",
        "category": "phong-chong-thien-tai",
        "picture": "song",
        "sample": True,
        "title": {"vi": "Chuẩn bị gì trước mùa lũ?"},
        "lead": {"vi": "Bài hướng dẫn mẫu: những việc mỗi gia đình nên làm trước mùa mưa lũ."},
        "body": {
            "vi": [
                "Chuẩn bị đèn pin, lương thực khô, nước uống và thuốc men. Cất giấy tờ quan "
                "trọng vào túi kín nước.",
                "Biết trước nơi sơ tán của thôn và đường đi đến đó. Theo dõi cảnh báo trên đài, "
                "loa của xã và ở đầu các trang của cổng này.",
            ]
        },
    },
    {
        "slug": "canh-bao-thien-tai-tren-cong-thong-tin",
        "category": "phong-chong-thien-tai",
        "picture": "dien-thoai",
        "sample": True,
        "title": {"vi": "Cảnh báo thiên tai hiện ở đầu mọi trang của cổng"},
        "lead": {
            "vi": "Khi có cảnh báo lũ, bão, sạt lở, cổng thông tin hiện cảnh báo ở đầu trang, "
            "bằng mọi ngôn ngữ của cổng."
        },
        "body": {
            "vi": [
                "Cảnh báo cho cả nước hiện ở mọi trang. Cảnh báo cho một số tỉnh hiện ở trang "
                "chủ và ở các trang về tỉnh, xã đó. Cảnh báo tự mất khi hết hạn.",
            ]
        },
    },
]
